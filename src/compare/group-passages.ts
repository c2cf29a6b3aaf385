import type {GroupMember, Passage, PassageGroup} from '../types.js';

/*
 * A group member as a pair passage: the group's common wording (`a`)
 * against this carrier's (`b`), with the member's edits. The views and
 * steps that read pair passages (diffs, the lesson's changed word,
 * discover's exchanged words) read group members the same way through it.
 */

export function memberPassage(g: PassageGroup, m: GroupMember): Passage {
  return {a: g.reference, b: m.side, similarity: m.similarity, edits: m.edits};
}

/** Every edited carrier of every group, as a passage against its group's common wording, in group order. */
export function editedMemberPassages(groups: readonly PassageGroup[]): Passage[] {
  return groups.flatMap((g) => g.members.filter((m) => m.edits.length > 0).map((m) => memberPassage(g, m)));
}
