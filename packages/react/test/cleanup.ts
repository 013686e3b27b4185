import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// Unmount what each test rendered (vitest runs without globals, so RTL cannot do it itself).
if (typeof window !== 'undefined') afterEach(() => cleanup())
