import { createActionIo } from '../action/core-io.js'
import { runAction } from '../action/run-action.js'

await runAction(createActionIo())
