import { describe, expect, it } from 'vitest';
import { CameraLink } from './camera-link.ts';

type State = { x: number; y: number; ratio: number; angle: number };

/** A camera as sigma's: setState emits 'updated' at once. */
function fakeMap(state: State) {
  const listeners = new Set<(next: State) => void>();
  let current = { ...state };
  const camera = {
    getState: () => ({ ...current }),
    setState(next: Partial<State>) {
      current = { ...current, ...next };
      for (const listener of listeners) listener({ ...current });
    },
    on: (_event: string, listener: (next: State) => void) => listeners.add(listener),
    off: (_event: string, listener: (next: State) => void) => listeners.delete(listener),
  };
  return { getCamera: () => camera, listeners } as unknown as Parameters<CameraLink['join']>[0] & {
    listeners: Set<unknown>;
  };
}

describe('two maps move together', () => {
  it('a follower opens where the leader is, and each then moves the other', () => {
    const link = new CameraLink();
    const first = fakeMap({ x: 0.3, y: 0.4, ratio: 0.5, angle: 0 });
    const second = fakeMap({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    link.join(first, 'leader');
    const unlink = link.join(second, 'follower');
    expect(second.getCamera().getState()).toEqual({ x: 0.3, y: 0.4, ratio: 0.5, angle: 0 });
    first.getCamera().setState({ ratio: 0.25 });
    expect(second.getCamera().getState().ratio).toBe(0.25);
    second.getCamera().setState({ x: 0.1 });
    expect(first.getCamera().getState().x).toBe(0.1);

    unlink();
    expect(second.listeners.size).toBe(0);
    first.getCamera().setState({ ratio: 2 });
    expect(second.getCamera().getState().ratio).toBe(0.25);
  });

  it('a leader that comes back (its map rebuilt) brings the follower to its view', () => {
    const link = new CameraLink();
    const second = fakeMap({ x: 0.5, y: 0.5, ratio: 0.3, angle: 0 });
    link.join(second, 'follower');
    link.join(fakeMap({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }), 'leader');
    expect(second.getCamera().getState().ratio).toBe(1);
  });
});
