// replaced by the emulator sources
