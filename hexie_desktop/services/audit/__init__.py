"""The audit chain: sealing each transaction, checking it, exchanging checkpoints."""
