import { describe, expect, it } from 'vitest';
import { catalogOffers } from '../../engine/test-catalog.ts';
import {
  pickerProviders,
  withFamily,
  withFamilySize,
  withOffer,
  type PickerFamily,
} from './picker.ts';

const usEast = catalogOffers().filter((o) => o.area === 'us-east');

function family(sel: { offers: string[]; pins: string[] }, id: string): PickerFamily {
  for (const p of pickerProviders(usEast, sel))
    for (const e of p.entries) if (e.type === 'family' && e.id === id) return e;
  throw new Error(id);
}

describe('the picker model', () => {
  it('shows an old link’s size ids as their family, ticked, with the cheapest of them chosen', () => {
    const sel = { offers: ['aws-ec2-t4g-medium', 'aws-ec2-t4g-small'], pins: [] };
    const f = family(sel, 'aws-ec2-t4g');
    expect(f.checked).toBe(true);
    // t4g.small ($0.0168/h) is cheaper than t4g.medium ($0.0336/h).
    expect(f.size).toBe('aws-ec2-t4g-small');
    expect(f.alsoExact).toEqual(['t4g.medium']);
    // Changing the size turns both exact sizes into the family with one pin.
    expect(withFamilySize(sel, f, 'aws-ec2-t4g-medium')).toEqual({
      offers: ['aws-ec2-t4g'],
      pins: ['aws-ec2-t4g-medium'],
    });
  });

  it('a pin alone ticks its family (the engine compares the family of every pin)', () => {
    const f = family({ offers: [], pins: ['aws-ec2-t3-small'] }, 'aws-ec2-t3');
    expect(f.checked).toBe(true);
    expect(f.size).toBe('aws-ec2-t3-small');
  });

  it('unticking a family drops it, its exact sizes and its pin, and leaves the rest', () => {
    const sel = {
      offers: ['aws-lambda-arm64', 'aws-ec2-t4g', 'aws-ec2-t4g-small', 'do-basic'],
      pins: ['aws-ec2-t4g-medium', 'do-basic-2gb'],
    };
    expect(withFamily(sel, family(sel, 'aws-ec2-t4g'), false)).toEqual({
      offers: ['aws-lambda-arm64', 'do-basic'],
      pins: ['do-basic-2gb'],
    });
  });

  it('ticking twice is one entry; an offer tick is idempotent', () => {
    const sel = { offers: ['aws-ec2-t3'], pins: [] };
    expect(withFamily(sel, family(sel, 'aws-ec2-t3'), true)).toBe(sel);
    expect(withOffer(sel, 'aws-lambda-x86', true).offers).toEqual(['aws-ec2-t3', 'aws-lambda-x86']);
    expect(withOffer(sel, 'aws-ec2-t3', true)).toBe(sel);
  });
});
