"""Training commands for eventwire's learned components (``python -m eventwire.training.X``)."""
