import { defineAdapter } from '../adapter';
import { KBWC } from './kbwc';

export default defineAdapter({ id: 'genk', ...KBWC });
