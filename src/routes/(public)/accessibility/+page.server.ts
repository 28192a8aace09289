import { accessibilityStatementFacts } from '$lib/server/notices/accessibility';

export const load = () => accessibilityStatementFacts();
