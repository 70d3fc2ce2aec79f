/** What came of asking a worker to subscribe: allowed, declined (remembered, never asked again unasked), or no way. */
export type SubscribeOutcome = 'accepted' | 'refused' | 'unavailable';
