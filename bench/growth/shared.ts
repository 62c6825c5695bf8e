/** The topic every generated article belongs to (a root topic, so its path is its slug). */
export const SHARED_TOPIC = 'bench-generated'
