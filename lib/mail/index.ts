// Mail: write a message into the outbox inside your transaction with
// `enqueueMail`, then ask for delivery after commit with `queueMailDelivery`
// (lib/jobs). The worker delivers it; the sweep catches anything missed.
export { enqueueMail, type OutgoingMail } from './outbox-data.ts';
export { deliverOutboxMessage, mailServerConfigured } from './deliver.ts';
export { LINK_PLACEHOLDER } from './one-time-link.ts';
