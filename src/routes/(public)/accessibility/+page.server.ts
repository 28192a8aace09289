import { accessibilityStatementFacts } from '$lib/server/notices/accessibility';

export const load = async () => await accessibilityStatementFacts();
