import { render } from 'preact';
import { OptionsPage } from '@/components/options/options-page';
import '@/components/common/extension-page.css';

render(<OptionsPage />, document.getElementById('app')!);
