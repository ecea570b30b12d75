import { render } from 'preact';
import { OptionsPage } from './options-page';

/** The options page: its sections share one model, which the page makes (its title follows the mentor's language). */
export function mountOptionsPage(root: HTMLElement): void {
  render(<OptionsPage />, root);
}
