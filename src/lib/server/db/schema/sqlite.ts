import { statementRelationsOf } from '../relations';
import { youngPeople } from './organisation';
import { users } from './people';
import { meetings, outcomes, replies, statements } from './statements';
import { statementVoiceNotes } from './voice-notes';

export * from './people';
export * from './organisation';
export * from './statements';
export * from './messaging';
export * from './participation';
export * from './audit';
export * from './complaints';
export * from './second-step';
export * from './out-of-hours';
export * from './loops';
export * from './voice-notes';
export * from './push';

export const { statementRelations, voiceNoteRelations, replyRelations, outcomeRelations } =
	statementRelationsOf({
		statements,
		youngPeople,
		meetings,
		users,
		outcomes,
		replies,
		statementVoiceNotes
	});
