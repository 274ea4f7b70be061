import { describe, expect, it } from 'vitest';
import { pickedName } from './picked-name.ts';

describe('pickedName', () => {
  it('names a family with its pick, and any other offer by its label', () => {
    const pick = {
      familyId: 'aws-ec2-t4g',
      familyName: 'EC2 t4g',
      offerId: 'aws-ec2-t4g-medium',
      instanceType: 't4g.medium',
      sizeName: 't4g.medium',
      instances: 2,
      pinned: false,
      fits: true,
      sizesInArea: 2,
    };
    expect(pickedName({ label: 'EC2 t4g', pick })).toBe('EC2 t4g: 2 × t4g.medium');
    // Counts carry separators: 1,200 instances.
    expect(pickedName({ label: 'EC2 t4g', pick: { ...pick, instances: 1200 } })).toBe(
      'EC2 t4g: 1,200 × t4g.medium',
    );
    expect(pickedName({ label: 'AWS Lambda (Arm)' })).toBe('AWS Lambda (Arm)');
  });
});
