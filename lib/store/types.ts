/**
 * The storage interface every engine implements (SQLite by default, PostgreSQL with DATABASE_URL).
 * Times are milliseconds since the epoch. Every method resolves only after its change is committed, so a
 * caller that acknowledges a submission after awaiting it never acknowledges something that was not saved.
 */

/**
 * A newsletter signup. `pending` until the reader presses Confirm on the page the confirmation mail's link opens
 * (opening the link alone confirms nothing: mail scanners open links too).
 */
export interface Subscriber {
  id: string;
  email: string;
  status: "pending" | "confirmed";
  /** The consent wording the reader agreed to, exactly as shown. */
  consentText: string;
  consentAt: number;
  createdAt: number;
  confirmedAt: number | null;
  /**
   * When the last signup mail went out: the confirmation link while pending, the "already subscribed" note once
   * confirmed (limits "send it again"; an unconfirmed signup's retention counts from it). Null after a failed send.
   */
  lastMailAt: number | null;
}

/** A consultation request, as the reader sent it. */
export interface Consultation {
  id: string;
  /** What the reader is shown and can quote, e.g. `CR-7K2M9QXD`. */
  reference: string;
  name: string;
  email: string;
  company: string;
  role: string;
  teamSize: string;
  timeline: string;
  message: string;
  consentText: string;
  consentAt: number;
  createdAt: number;
}

export type NewConsultation = Omit<Consultation, "id" | "reference" | "createdAt">;

/** Outcome of a signup: `created` is true only for the one request that made the record. */
export interface SignupResult {
  subscriber: Subscriber;
  created: boolean;
}

export interface Store {
  /**
   * Adds a pending subscriber, or returns the existing one (email is unique; concurrent calls make one record).
   * A new record's `lastMailAt` is `now`: its creator sends the first confirmation mail (one commit fewer).
   */
  addSubscriber(input: { email: string; consentText: string; now: number }): Promise<SignupResult>;
  getSubscriber(email: string): Promise<Subscriber | undefined>;
  /** Confirms a pending subscriber; `missing` when there is none (unsubscribed or never signed up). */
  confirmSubscriber(email: string, now: number): Promise<"confirmed" | "already" | "missing">;
  /**
   * Claims the right to send a signup mail (the confirmation link, or to a confirmed subscriber a note that
   * they already are): true (and records `now`) only for a subscriber whose last such mail is older than
   * `minIntervalMs`. Atomic, so two simultaneous "send again" clicks send one mail.
   */
  claimSignupMail(email: string, now: number, minIntervalMs: number): Promise<boolean>;
  /** Undoes a claim when the mail could not be sent, so the reader can try again at once. */
  releaseSignupMail(email: string, claimedAt: number): Promise<void>;
  /** Removes the newsletter record; true when there was one. */
  removeSubscriber(email: string): Promise<boolean>;
  /** Deletes every record that holds this email (signup and consultation requests), in one transaction. */
  deleteAllFor(email: string): Promise<{ subscribers: number; consultations: number }>;
  /** Whether any record holds this email. */
  hasDataFor(email: string): Promise<boolean>;
  addConsultation(input: NewConsultation & { now: number }): Promise<Consultation>;
  listConsultations(limit: number): Promise<Consultation[]>;
  listSubscribers(): Promise<Subscriber[]>;
  /** The addresses of confirmed subscribers who have not been sent the newsletter issue `issue` (its id), in order. */
  issueRecipients(issue: string): Promise<string[]>;
  /**
   * Claims sending issue `issue` to one subscriber: true (and records it) only while they are confirmed and have
   * not had it. Atomic, so two sends of one issue running at once mail each subscriber once. Kept per issue, so an
   * older issue sent again reaches nobody who had it; deleted with the subscriber.
   */
  claimIssue(email: string, issue: string, now: number): Promise<boolean>;
  /** Undoes a claim whose mail could not be sent. */
  releaseIssue(email: string, issue: string): Promise<void>;
  countSubscribers(): Promise<{ pending: number; confirmed: number }>;
  /** Counts one hit for `keyHash` in the window starting at `windowStart` and returns the new count (atomic). */
  hitRateLimit(keyHash: string, windowStart: number): Promise<number>;
  /** Removes every count kept under `keyHash`. */
  forgetRateLimit(keyHash: string): Promise<void>;
  /**
   * Deletes rate-limit rows of windows before `windowStart`, unconfirmed signups whose last confirmation mail
   * (or, with none sent, the signup) is before `pendingBefore`, and requests made before `consultationsBefore`.
   */
  purge(input: { windowStart: number; pendingBefore: number; consultationsBefore: number }): Promise<void>;
  /** Stores `value` under `name` unless one is there already; returns the value that is stored. */
  ensureSetting(name: string, value: string): Promise<string>;
  /** Sets a shared setting, replacing its value. */
  setSetting(name: string, value: string): Promise<void>;
  /** Whether a shared setting is stored, with `value` when given (its value never leaves the store this way). */
  hasSetting(name: string, value?: string): Promise<boolean>;
  /** Schema version after migrations. */
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}
