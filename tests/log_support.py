"""The application log binds to the first data folder of the process; tests each start anew."""

import logging


def detach_log() -> None:
    """Close the product's log handlers, so the next command logs into its own data folder."""
    logger = logging.getLogger("hexie_desktop")
    for handler in [h for h in logger.handlers if getattr(h, "hexie_log", False)]:
        logger.removeHandler(handler)
        handler.close()
