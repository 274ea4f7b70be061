import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROFILE_HOURS as HOURS_PER_WEEK, PROFILE_LEVELS } from '../scenario/spec.ts';
import { decodeProfile, encodeProfile, MAX_PROFILE_TEXT } from './profile-codec.ts';

describe('an imported week in a link', () => {
  it('writes a flat week in 10 characters: version, then 63 + 63 + 42 hours at level 63 ("_")', () => {
    // Runs are the level, ".", and the run's length as a base64url digit: 63 = "_", 42 = "q".
    expect(encodeProfile(new Array(168).fill(63))).toBe('1_.__.__.q');
  });
  it('writes runs shorter than 4 as they are', () => {
    const week = [1, 1, 1, 2, ...new Array(164).fill(0)];
    // "B" = 1, "C" = 2, "A" = 0; 164 zeros = 63 + 63 + 38 ("m").
    expect(encodeProfile(week)).toBe('1BBBCA._A._A.m');
    expect(decodeProfile('1BBBCA._A._A.m', 168)).toEqual({ ok: true, value: week });
  });
  it('refuses what is not a week, saying why', () => {
    const reason = (t: string) =>
      `"${t.slice(0, 20)}" is not a week of 168 hours (version 1, at most 400 characters)`;
    for (const t of [
      '2AAAA',
      '1A.E',
      '1A._A._A.q',
      '1!',
      `1_.__.__.q!`,
      `1_.__.__.qA`,
      `1${'B'.repeat(MAX_PROFILE_TEXT)}`,
    ])
      expect(decodeProfile(t, 168)).toEqual({ ok: false, reason: reason(t) });
  });
  it('round-trips through the share link exactly, in at most 169 characters', () => {
    const levels = fc
      .array(fc.integer({ min: 0, max: PROFILE_LEVELS }), {
        minLength: HOURS_PER_WEEK,
        maxLength: HOURS_PER_WEEK,
      })
      .filter((l) => l.some((v) => v > 0));
    fc.assert(
      fc.property(levels, (l) => {
        const text = encodeProfile(l);
        expect(text.length).toBeLessThanOrEqual(169);
        expect(decodeProfile(text, HOURS_PER_WEEK)).toEqual({ ok: true, value: l });
        expect(new URLSearchParams(`wk=${text}`).get('wk')).toBe(text);
      }),
    );
  });
});
