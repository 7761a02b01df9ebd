"""Pushcart's tests: one folder per package of server/ and push/, and browser/ for what people see."""
