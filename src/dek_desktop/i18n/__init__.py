"""The interface's languages: Qt Linguist catalogs (`.ts` sources, `.qm` built) and the switch."""
