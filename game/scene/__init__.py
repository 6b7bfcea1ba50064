"""What is on stage and what is playing, as plain data."""
