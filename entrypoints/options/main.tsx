import { render } from 'preact';
import { OptionsPage } from '../../components/options-page';
import '../../components/extension-page.css';

render(<OptionsPage />, document.getElementById('app')!);
