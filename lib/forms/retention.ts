/** How long unconfirmed signups and consultation requests are kept. Stated on /privacy; enforced by the store's purge. */
export const retention = { pendingSignupDays: 30, consultationDays: 730 } as const;
