/**
 * Undo of "Relatie verwijderen": puts the relatie back as it was, under the same id, through the restore
 * endpoint (the same one the history's "Terugzetten" uses). The shell calls it from the "Ongedaan maken"
 * button of its status message; it throws the server's ApiProblem when that is not possible (a speler of
 * the relatie was deleted meanwhile: its detail says to restore that speler first).
 */
import * as contract from '../../../contract/index.ts';
import type { Relation } from '../../../domain/index.ts';
import { call } from '../../api/client.ts';

export function undoRelationDelete(workspaceId: string, relationId: string): Promise<Relation> {
  return call(contract.history.restoreRelation, { params: { workspaceId, relationId } });
}
