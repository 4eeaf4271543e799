import { IncidentCommand, IncidentEvent, decide, evolve, initialState } from '../src';

/**
 * Given/when/then for the incident decider, read like a sentence:
 * `given([opened, reported]).when(record(...)).then([revised])`.
 */
export function given(history: IncidentEvent[]) {
  const state = history.reduce(evolve, initialState());
  return {
    when(command: IncidentCommand) {
      return {
        then(expected: IncidentEvent[]) {
          expect(decide(command, state)).toEqual(expected);
        },
        thenThrows(error: new (...args: never[]) => Error) {
          expect(() => decide(command, state)).toThrow(error);
        },
      };
    },
  };
}
