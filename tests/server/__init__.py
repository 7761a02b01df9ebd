"""Tests of the CLI and the app's request limits."""
