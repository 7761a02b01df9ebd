"""What every message to a shopper shares: its context, languages and formatting, email
rendering, unsubscribes, the frequency rules, and the outbox worker that sends it."""
