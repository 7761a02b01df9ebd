"""Web Push for Pushcart: VAPID keys, payloads, encryption and delivery."""
