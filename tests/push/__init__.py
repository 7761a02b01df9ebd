"""Tests of the Web Push library, against a test push service that checks VAPID and decrypts."""
