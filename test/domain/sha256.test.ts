import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { sha256Hex } from '../../src/domain/sha256';

describe('sha256Hex', () => {
  it("gives SHA-256's published digest of 'abc'", () => {
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('matches Node’s digest for any text, including non-ASCII', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
      }),
      { numRuns: 200 },
    );
  });
});
