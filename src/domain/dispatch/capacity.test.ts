import { describe, expect, it } from 'vitest';
import { freeSlots, hasFreeCapacity } from './capacity.js';

describe('capacity', () => {
  it.each([
    [2, 0, true, 2],
    [2, 1, true, 1],
    [2, 2, false, 0], // exactly full
    [2, 3, false, 0], // over-full snapshot: full, not −1
    [0, 0, false, 0], // takes nothing
  ])('capacity %i, load %i → room %s, %i free', (capacity, load, room, free) => {
    expect(hasFreeCapacity({ capacity, load })).toBe(room);
    expect(freeSlots({ capacity, load })).toBe(free);
  });
});
