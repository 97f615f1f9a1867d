"""Store backends, one a module (registered by name in ``kg.store``)."""
