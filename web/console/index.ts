/** The operations console app (mounted by main.tsx). */
export { ConsoleApp } from './ConsoleApp.js';
