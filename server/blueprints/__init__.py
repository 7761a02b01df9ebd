"""The HTTP surfaces of Pushcart, one blueprint per audience."""
