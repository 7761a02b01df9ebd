"""Pushcart: an embeddable guest checkout with web-push cart recovery."""
