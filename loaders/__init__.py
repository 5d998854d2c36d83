"""Documents -> sentences -> mentions -> claims -> graph."""
