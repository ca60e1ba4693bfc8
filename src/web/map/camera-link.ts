/**
 * Two maps side by side show the same part of the field: zooming or panning one moves the other. Both draw
 * the same spelers at the same places, so sigma frames them alike and one camera state means the same view
 * on both. A map that joins takes the view of the one already there (the leader), so a second map opens
 * where the first one is. One flag keeps the echo of a copied state from being copied back.
 */
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';

type Member = Pick<Sigma, 'getCamera'>;

export class CameraLink {
  private readonly members = new Map<Member, 'leader' | 'follower'>();
  private copying = false;

  /** Links a map's camera to the others'; returns the unlink, for the map's cleanup. */
  join(sigma: Member, role: 'leader' | 'follower'): () => void {
    const camera = sigma.getCamera();
    const leader = [...this.members].find(([, memberRole]) => memberRole === 'leader')?.[0];
    if (role === 'follower' && leader) camera.setState(leader.getCamera().getState());
    else if (role === 'leader') for (const member of this.members.keys()) copy(member, camera.getState());
    this.members.set(sigma, role);
    const updated = (state: CameraState) => {
      if (this.copying) return;
      this.copying = true;
      try {
        for (const member of this.members.keys()) if (member !== sigma) copy(member, state);
      } finally {
        this.copying = false;
      }
    };
    camera.on('updated', updated);
    return () => {
      camera.off('updated', updated);
      this.members.delete(sigma);
    };
  }
}

function copy(member: Member, state: CameraState): void {
  const camera = member.getCamera();
  const now = camera.getState();
  if (now.x === state.x && now.y === state.y && now.ratio === state.ratio && now.angle === state.angle)
    return;
  camera.setState(state);
}
