"""Abandoned-cart recovery: the reminder sequence, its settings, texts and content, and what it
brought back."""
