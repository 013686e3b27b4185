import type { WirePageMeta } from '@lago-analytics/client/wire'

export interface Page<T> {
  readonly rows: T[]
  readonly meta: WirePageMeta
}

/** Slices sorted rows into one page; `next_page`/`prev_page` are 0 when there is none. */
export function paginate<T>(rows: readonly T[], page: number, limit: number): Page<T> {
  const totalCount = rows.length
  const totalPages = Math.ceil(totalCount / limit)
  return {
    rows: rows.slice((page - 1) * limit, page * limit),
    meta: {
      current_page: page,
      next_page: page < totalPages ? page + 1 : 0,
      prev_page: page > 1 ? Math.min(page - 1, Math.max(totalPages, 1)) : 0,
      total_pages: totalPages,
      total_count: totalCount,
    },
  }
}
