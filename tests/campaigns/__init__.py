"""Tests of campaigns, segments and push subscriptions."""
