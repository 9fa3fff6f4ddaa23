import { defineAdapter } from '../adapter';
import { KBWC } from './kbwc';

export default defineAdapter({ id: 'kenh14', ...KBWC });
