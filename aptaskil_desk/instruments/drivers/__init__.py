"""One small class per instrument protocol, over a :class:`~aptaskil_desk.instruments.transport.Transport`."""
