/**
 * The list envelope of every paged answer (contract/common.ts `pageSchema`), with HAL-style links that keep
 * the caller's filters.
 */
import type { FastifyRequest } from 'fastify';

/** Builds the list envelope, with links that keep the caller's filters. */
export function pageEnvelope<T>(
  request: FastifyRequest,
  items: T[],
  totalItems: number,
  page: number,
  pageSize: number,
) {
  const totalPages = Math.max(1, Math.ceil(totalItems / pageSize));
  const href = (target: number) => {
    const url = new URL(request.url, 'http://localhost');
    url.searchParams.set('page', String(target));
    url.searchParams.set('pageSize', String(pageSize));
    return { href: `${url.pathname}${url.search}` };
  };
  return {
    items,
    page,
    pageSize,
    totalItems,
    totalPages,
    _links: {
      self: href(page),
      first: href(1),
      last: href(totalPages),
      ...(page > 1 ? { prev: href(Math.min(page - 1, totalPages)) } : {}),
      ...(page < totalPages ? { next: href(page + 1) } : {}),
    },
  };
}
