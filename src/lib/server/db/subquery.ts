import { QueryBuilder } from 'drizzle-orm/sqlite-core';

/**
 * Builds a query's SQL without a connection, for the subqueries that go
 * inside another query (scope rules, counts): they are run by whichever
 * handle runs the outer query, a transaction's as much as the connection's.
 */
export const subquery = new QueryBuilder();
