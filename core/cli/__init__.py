"""The command line: a front end over core.flow, like gui/. Never imports Qt."""
