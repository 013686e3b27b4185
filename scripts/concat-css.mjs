// Concatenates CSS files (the last argument is the output), skipping missing inputs.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

const args = process.argv.slice(2)
const output = args.pop()
const parts = args
  .filter((file) => existsSync(file))
  .map((file) => `/* ${file} */\n${readFileSync(file, 'utf8')}`)
mkdirSync(dirname(output), { recursive: true })
writeFileSync(output, parts.join('\n'))
