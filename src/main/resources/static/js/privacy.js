// The privacy page: its list loads as an htmx fragment with the signed-in supervisor's token.
import { authoriseHtmx, requireSession } from './session.js';

requireSession('SUPERVISOR', 'ADMIN');
authoriseHtmx();
