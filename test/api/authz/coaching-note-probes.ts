import { ALL_RELATIONS, type Relation } from '@parity/identity';
import type { ApiClient } from '../../support/test-app';
import { givenCoachingSession } from '../../support/given-coaching-session';
import type { CoachingWorld, RelationProbe } from './coaching-probe';
import { byError, unique } from './probes';

/** Every relation to an engagement ("author" concerns a note, probed where a row names it). */
const ENGAGEMENT_RELATIONS: readonly Relation[] = ALL_RELATIONS.filter((relation) => relation !== 'author');

/**
 * A fresh private note, written by the caller when probing "author", else by one of the pair who is not the caller
 * (the coachee when the coach is probed), so the caller relates to it exactly as `relation` says.
 */
async function noteFor(caller: ApiClient, relation: Relation, world: CoachingWorld): Promise<string> {
  const writer =
    relation === 'author' ? caller : relation === 'coach' ? world.clients.coachee : world.clients.coach;
  const { writeSessionNote } = await writer.ok<{ writeSessionNote: { id: string } }>(
    `mutation($input: WriteSessionNoteInput!) { writeSessionNote(input: $input) { id } }`,
    { input: { engagementId: world.engagementId, visibility: 'PRIVATE', body: `Probe note ${unique()}` } },
  );
  return writeSessionNote.id;
}

/** A fresh action item of the world's engagement (made by the coach, owned by the coachee). */
async function actionItem(world: CoachingWorld): Promise<string> {
  const { createActionItem } = await world.clients.coach.ok<{ createActionItem: { id: string } }>(
    `mutation($input: ActionItemInput!) { createActionItem(input: $input) { id } }`,
    {
      input: {
        engagementId: world.engagementId,
        kind: 'action',
        title: `Probe action ${unique()}`,
        ownerId: world.people.coachee.id,
      },
    },
  );
  return createActionItem.id;
}

/** Notes, the action plan and feedback: relation-decided root fields (see coaching-rows.ts). */
export const COACHING_NOTE_PROBES: Record<string, RelationProbe> = {
  sessionNotes: {
    relations: ENGAGEMENT_RELATIONS,
    run: async (caller, _relation, world) =>
      byError(
        await caller.gql(`query($e: ID!) { sessionNotes(engagementId: $e, first: 5) { nodes { id } } }`, {
          e: world.engagementId,
        }),
      ),
  },
  writeSessionNote: {
    relations: ENGAGEMENT_RELATIONS,
    run: async (caller, _relation, world) =>
      byError(
        await caller.gql(
          `mutation($input: WriteSessionNoteInput!) { writeSessionNote(input: $input) { id } }`,
          {
            input: { engagementId: world.engagementId, visibility: 'SHARED', body: `Probe ${unique()}` },
          },
        ),
      ),
  },
  updateSessionNote: {
    relations: ALL_RELATIONS,
    run: async (caller, relation, world) => {
      const id = await noteFor(caller, relation, world);
      return byError(
        await caller.gql(`mutation($id: ID!) { updateSessionNote(id: $id, visibility: SHARED) { id } }`, {
          id,
        }),
      );
    },
  },
  deleteSessionNote: {
    relations: ALL_RELATIONS,
    run: async (caller, relation, world) => {
      const id = await noteFor(caller, relation, world);
      return byError(await caller.gql(`mutation($id: ID!) { deleteSessionNote(id: $id) }`, { id }));
    },
  },
  createActionItem: {
    relations: ENGAGEMENT_RELATIONS,
    run: async (caller, _relation, world) =>
      byError(
        await caller.gql(`mutation($input: ActionItemInput!) { createActionItem(input: $input) { id } }`, {
          input: {
            engagementId: world.engagementId,
            kind: 'goal',
            title: `Probe goal ${unique()}`,
            ownerId: world.people.coach.id,
          },
        }),
      ),
  },
  updateActionItem: {
    relations: ENGAGEMENT_RELATIONS,
    run: async (caller, _relation, world) => {
      const id = await actionItem(world);
      return byError(
        await caller.gql(
          `mutation($id: ID!) { updateActionItem(id: $id, input: { status: IN_PROGRESS }) { id } }`,
          { id },
        ),
      );
    },
  },
  addActionProgress: {
    relations: ENGAGEMENT_RELATIONS,
    run: async (caller, _relation, world) => {
      const id = await actionItem(world);
      return byError(
        await caller.gql(
          `mutation($id: ID!) { addActionProgress(actionItemId: $id, text: "Progress") { id } }`,
          {
            id,
          },
        ),
      );
    },
  },
  submitSessionFeedback: {
    relations: ENGAGEMENT_RELATIONS,
    run: async (caller, _relation, world) => {
      const sessionId = await givenCoachingSession(world.em(), {
        engagementId: world.engagementId,
        coachId: world.people.coach.id,
      });
      return byError(
        await caller.gql(`mutation($input: SessionFeedbackInput!) { submitSessionFeedback(input: $input) }`, {
          input: { sessionId, usefulness: 4, relevance: 4, confidence: 4 },
        }),
      );
    },
  },
};
