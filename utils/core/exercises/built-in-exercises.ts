/**
 * Cadence's starter set of exercises, in English and French side by side. It lives in code, not in
 * `public/_locales`: the in-call content script reads the locale files on its first paint, and some
 * seventy long texts there would slow it down.
 */
import { cadenceLanguage } from '@/utils/core/languages';
import type { SourcedExercise } from './sourced-exercise';

/** Every skill the starter set uses, by family. The English name is the stable identifier. */
export const BUILT_IN_SKILLS = [
  // HTML and CSS
  'HTML semantics',
  'Forms and accessibility',
  'CSS selectors',
  'CSS flexbox',
  'CSS grid',
  'Responsive design',
  // JavaScript
  'JavaScript basics',
  'JavaScript functions',
  'DOM and events',
  'Async JavaScript',
  'JavaScript arrays',
  // Python
  'Python basics',
  'Python data structures',
  'Python functions',
  'Python files and errors',
  // Git
  'Git basics',
  'Git branching',
  'Pull requests',
  // SQL
  'SQL queries',
  'SQL joins',
  'SQL aggregation',
  'Database design',
  // Algorithms
  'Loops and conditions',
  'Recursion',
  'Sorting and searching',
  'Complexity',
  // Project method
  'Project planning',
  'Debugging',
  'Testing',
  'Reading documentation',
] as const;
export type BuiltInSkill = (typeof BUILT_IN_SKILLS)[number];

/** The school's paths the starter set is written for. */
export const BUILT_IN_PATHS = ['Web developer', 'Front-end developer', 'Back-end developer', 'Python developer', 'Data analyst'] as const;
export type BuiltInPath = (typeof BUILT_IN_PATHS)[number];

/** The projects the starter set prepares for. */
export const BUILT_IN_PROJECTS = [
  'Portfolio site',
  'Restaurant landing page',
  'Todo app',
  'Weather dashboard',
  'REST API',
  'Data cleaning report',
  'Library database',
] as const;
export type BuiltInProject = (typeof BUILT_IN_PROJECTS)[number];

interface ExerciseText {
  readonly title: string;
  readonly instructions: string;
}

export interface BuiltInExercise {
  /** `builtin-<slug>`; stable: assignments keep it as their exercise id. */
  readonly id: string;
  readonly skills: readonly BuiltInSkill[];
  /** 1: beginner … 5: autonomous. */
  readonly level: 1 | 2 | 3 | 4 | 5;
  readonly minutes: number;
  readonly paths: readonly BuiltInPath[];
  readonly projects: readonly BuiltInProject[];
  readonly text: { readonly en: ExerciseText; readonly fr: ExerciseText };
}

const SKILL_LABELS_FR: Record<BuiltInSkill, string> = {
  'HTML semantics': 'Sémantique HTML',
  'Forms and accessibility': 'Formulaires et accessibilité',
  'CSS selectors': 'Sélecteurs CSS',
  'CSS flexbox': 'CSS flexbox',
  'CSS grid': 'CSS grid',
  'Responsive design': 'Design responsive',
  'JavaScript basics': 'Bases de JavaScript',
  'JavaScript functions': 'Fonctions JavaScript',
  'DOM and events': 'DOM et événements',
  'Async JavaScript': 'JavaScript asynchrone',
  'JavaScript arrays': 'Tableaux JavaScript',
  'Python basics': 'Bases de Python',
  'Python data structures': 'Structures de données Python',
  'Python functions': 'Fonctions Python',
  'Python files and errors': 'Fichiers et erreurs en Python',
  'Git basics': 'Bases de Git',
  'Git branching': 'Branches Git',
  'Pull requests': 'Pull requests',
  'SQL queries': 'Requêtes SQL',
  'SQL joins': 'Jointures SQL',
  'SQL aggregation': 'Agrégation SQL',
  'Database design': 'Conception de bases de données',
  'Loops and conditions': 'Boucles et conditions',
  Recursion: 'Récursivité',
  'Sorting and searching': 'Tri et recherche',
  Complexity: 'Complexité',
  'Project planning': 'Planification de projet',
  Debugging: 'Débogage',
  Testing: 'Tests',
  'Reading documentation': 'Lecture de documentation',
};

/** Skills are matched without regard to case, so a platform's "css flexbox" gets the same label. */
const frenchLabels = new Map(Object.entries(SKILL_LABELS_FR).map(([skill, label]) => [skill.toLowerCase(), label]));

/** A skill's name for the mentor: French for the built-in skills in French, the name itself otherwise. */
export function skillLabel(skill: string, language: string): string {
  return (cadenceLanguage(language) === 'fr' && frenchLabels.get(skill.toLowerCase())) || skill;
}

const ALL: readonly BuiltInPath[] = BUILT_IN_PATHS;
const WEB_FRONT: readonly BuiltInPath[] = ['Web developer', 'Front-end developer'];
const WEB_STACK: readonly BuiltInPath[] = ['Web developer', 'Front-end developer', 'Back-end developer'];
const PYTHON: readonly BuiltInPath[] = ['Python developer', 'Data analyst'];
const PYTHON_BACK: readonly BuiltInPath[] = ['Python developer', 'Back-end developer'];
const SQL: readonly BuiltInPath[] = ['Web developer', 'Back-end developer', 'Python developer', 'Data analyst'];
const DEV: readonly BuiltInPath[] = ['Web developer', 'Front-end developer', 'Back-end developer', 'Python developer'];
const API: readonly BuiltInPath[] = ['Web developer', 'Back-end developer', 'Python developer'];

export const BUILT_IN_EXERCISES: readonly BuiltInExercise[] = [
  // ——— HTML and CSS ———
  {
    id: 'builtin-restaurant-menu-semantic-markup',
    skills: ['HTML semantics'],
    level: 1,
    minutes: 45,
    paths: WEB_FRONT,
    projects: ['Restaurant landing page'],
    text: {
      en: {
        title: 'Mark up a restaurant menu with semantic HTML',
        instructions:
          'Write the HTML of a one-page restaurant menu with a header, a nav, a main area holding three sections (starters, mains, desserts) and a footer with the opening hours. Keep the headings in order (one h1, then h2 and h3), use lists for the dishes and no div at all. Done when the page reads well with CSS turned off and the W3C validator reports no errors.',
      },
      fr: {
        title: "Structurer la carte d'un restaurant en HTML sémantique",
        instructions:
          "Écrivez le HTML d'une carte de restaurant sur une seule page : un header, un nav, une zone main avec trois sections (entrées, plats, desserts) et un footer avec les horaires d'ouverture. Respectez l'ordre des titres (un seul h1, puis des h2 et des h3), utilisez des listes pour les plats et aucune div. C'est terminé quand la page se lit bien sans CSS et que le validateur du W3C ne signale aucune erreur.",
      },
    },
  },
  {
    id: 'builtin-accessible-contact-form',
    skills: ['Forms and accessibility', 'HTML semantics'],
    level: 2,
    minutes: 60,
    paths: WEB_FRONT,
    projects: ['Portfolio site'],
    text: {
      en: {
        title: 'Build an accessible contact form',
        instructions:
          'Build a contact form with name, email, subject (a select) and message fields, plus a send button. Every field needs a visible label tied to it with for and id, the right input type, and the required attribute where it makes sense; group the radio buttons for the preferred way of contact in a fieldset with a legend. Done when you can fill in and send the form with the keyboard alone, and clicking each label puts the cursor in its field.',
      },
      fr: {
        title: 'Créer un formulaire de contact accessible',
        instructions:
          "Créez un formulaire de contact avec les champs nom, e-mail, sujet (une liste déroulante) et message, ainsi qu'un bouton d'envoi. Chaque champ doit avoir un label visible relié par for et id, le bon type d'input et l'attribut required quand c'est pertinent ; regroupez les boutons radio du moyen de contact préféré dans un fieldset avec une legend. C'est terminé quand on peut remplir et envoyer le formulaire au clavier seul, et qu'un clic sur chaque label place le curseur dans son champ.",
      },
    },
  },
  {
    id: 'builtin-keyboard-accessibility-audit',
    skills: ['Forms and accessibility'],
    level: 3,
    minutes: 60,
    paths: WEB_FRONT,
    projects: ['Portfolio site'],
    text: {
      en: {
        title: 'Audit a page with the keyboard and Lighthouse',
        instructions:
          'Pick one of your own pages and use it with the keyboard only: Tab, Shift+Tab, Enter, Space and Escape. Note every place where the focus is invisible, gets lost or jumps in an odd order, then run the Lighthouse accessibility audit and add its findings to your list. Fix at least five problems and keep a short before/after note for each. Done when the Lighthouse accessibility score is 95 or more.',
      },
      fr: {
        title: 'Auditer une page au clavier et avec Lighthouse',
        instructions:
          "Choisissez une de vos pages et utilisez-la uniquement au clavier : Tab, Maj+Tab, Entrée, Espace et Échap. Notez chaque endroit où le focus est invisible, se perd ou suit un ordre étrange, puis lancez l'audit d'accessibilité de Lighthouse et ajoutez ses remarques à votre liste. Corrigez au moins cinq problèmes en gardant pour chacun une courte note avant/après. C'est terminé quand le score d'accessibilité Lighthouse atteint 95 ou plus.",
      },
    },
  },
  {
    id: 'builtin-booking-form-error-messages',
    skills: ['Forms and accessibility', 'DOM and events'],
    level: 4,
    minutes: 90,
    paths: WEB_FRONT,
    projects: ['Restaurant landing page'],
    text: {
      en: {
        title: 'Show accessible error messages in a booking form',
        instructions:
          "Add a table booking form to a restaurant page (date, time, number of guests, phone) and validate it in JavaScript when it is sent. Show each error as text under its field, linked with aria-describedby, mark the field with aria-invalid and move the focus to the first field in error. Done when a screen reader (NVDA, VoiceOver or the browser's accessibility tree) announces each error together with its field, and a valid form shows a confirmation.",
      },
      fr: {
        title: 'Afficher des erreurs accessibles dans un formulaire de réservation',
        instructions:
          "Ajoutez à une page de restaurant un formulaire de réservation de table (date, heure, nombre de couverts, téléphone) et validez-le en JavaScript à l'envoi. Affichez chaque erreur sous son champ, reliée par aria-describedby, marquez le champ avec aria-invalid et placez le focus sur le premier champ en erreur. C'est terminé quand un lecteur d'écran (NVDA, VoiceOver ou l'arbre d'accessibilité du navigateur) annonce chaque erreur avec son champ, et qu'un formulaire valide affiche une confirmation.",
      },
    },
  },
  {
    id: 'builtin-css-selectors-without-classes',
    skills: ['CSS selectors'],
    level: 1,
    minutes: 30,
    paths: WEB_FRONT,
    projects: [],
    text: {
      en: {
        title: 'Style a page without adding any class',
        instructions:
          "Take a plain HTML article (headings, paragraphs, a list, links, a quote) and style it without touching the HTML: only type, descendant, child and attribute selectors are allowed. Give the first paragraph a larger font, the links to other sites a different colour (a[href^='http']) and the list items a custom bullet. Done when every rule in your stylesheet applies to something you can point to on the page.",
      },
      fr: {
        title: 'Mettre en forme une page sans ajouter de classe',
        instructions:
          "Prenez un article en HTML brut (titres, paragraphes, une liste, des liens, une citation) et mettez-le en forme sans modifier le HTML : seuls les sélecteurs de type, de descendant, d'enfant et d'attribut sont autorisés. Donnez au premier paragraphe une police plus grande, une autre couleur aux liens vers d'autres sites (a[href^='http']) et une puce personnalisée aux éléments de liste. C'est terminé quand chaque règle de votre feuille de style s'applique à un élément que vous pouvez montrer sur la page.",
      },
    },
  },
  {
    id: 'builtin-css-pseudo-classes-table',
    skills: ['CSS selectors'],
    level: 2,
    minutes: 45,
    paths: WEB_FRONT,
    projects: [],
    text: {
      en: {
        title: 'Make a data table readable with pseudo-classes',
        instructions:
          'Build an HTML table of at least ten rows, for example a class timetable, and style it with pseudo-classes only: stripe every other row with :nth-child, highlight the row under the mouse with :hover, and set the first and last columns apart. Give the links in the table a clearly visible :focus-visible outline. Done when the table works without a single class in the HTML and you can explain the specificity of each selector.',
      },
      fr: {
        title: 'Rendre un tableau lisible avec les pseudo-classes',
        instructions:
          "Construisez un tableau HTML d'au moins dix lignes, par exemple un emploi du temps, et mettez-le en forme uniquement avec des pseudo-classes : une ligne sur deux colorée avec :nth-child, la ligne survolée mise en avant avec :hover, et la première et la dernière colonne distinguées des autres. Donnez aux liens du tableau un contour :focus-visible bien visible. C'est terminé quand le tableau fonctionne sans aucune classe dans le HTML et que vous savez expliquer la spécificité de chaque sélecteur.",
      },
    },
  },
  {
    id: 'builtin-flexbox-navigation-bar',
    skills: ['CSS flexbox'],
    level: 2,
    minutes: 45,
    paths: WEB_FRONT,
    projects: ['Portfolio site'],
    text: {
      en: {
        title: 'Lay out a navigation bar with flexbox',
        instructions:
          'Build a site header with a logo on the left and four links on the right, using display: flex, justify-content and align-items, with no float and no absolute positioning. Space the links with gap and keep everything vertically centred, even when the logo is taller than the links. Done when the bar stays on one line down to 600px wide and the links wrap neatly below that.',
      },
      fr: {
        title: 'Mettre en page une barre de navigation avec flexbox',
        instructions:
          "Créez un en-tête de site avec un logo à gauche et quatre liens à droite, en utilisant display: flex, justify-content et align-items, sans float ni positionnement absolu. Espacez les liens avec gap et gardez le tout centré verticalement, même quand le logo est plus haut que les liens. C'est terminé quand la barre tient sur une ligne jusqu'à 600 px de large et que les liens passent proprement à la ligne en dessous.",
      },
    },
  },
  {
    id: 'builtin-css-grid-photo-gallery',
    skills: ['CSS grid'],
    level: 3,
    minutes: 60,
    paths: WEB_FRONT,
    projects: ['Portfolio site'],
    text: {
      en: {
        title: 'Build a photo gallery with CSS grid',
        instructions:
          'Make a gallery of twelve images with display: grid and grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)), so that the number of columns follows the width of the window. Let two of the photos span two columns or two rows, and crop every image to its cell with object-fit: cover. Done when the gallery has no holes (try grid-auto-flow: dense) and no horizontal scrolling from 320px up to a wide screen, without any media query.',
      },
      fr: {
        title: 'Construire une galerie photo avec CSS grid',
        instructions:
          "Réalisez une galerie de douze images avec display: grid et grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)), pour que le nombre de colonnes suive la largeur de la fenêtre. Faites occuper deux colonnes ou deux lignes à deux des photos, et recadrez chaque image dans sa cellule avec object-fit: cover. C'est terminé quand la galerie n'a ni trou (essayez grid-auto-flow: dense) ni défilement horizontal de 320 px jusqu'à un grand écran, sans aucune media query.",
      },
    },
  },
  {
    id: 'builtin-grid-template-areas-dashboard',
    skills: ['CSS grid', 'Responsive design'],
    level: 4,
    minutes: 90,
    paths: WEB_FRONT,
    projects: ['Weather dashboard'],
    text: {
      en: {
        title: 'Lay out a dashboard with grid-template-areas',
        instructions:
          'Build the skeleton of a weather dashboard with a header, a sidebar of cities, a main panel for today and a strip for the week, placed with grid-template-areas. Write the phone layout first as a single column, then rearrange the same areas into two or three columns with one or two media queries, without changing the order of the HTML. Done when the layout is right at 375px, 768px and 1280px and moving through it with the keyboard still follows a sensible order.',
      },
      fr: {
        title: 'Mettre en page un tableau de bord avec grid-template-areas',
        instructions:
          "Construisez le squelette d'un tableau de bord météo avec un en-tête, une barre latérale de villes, un panneau principal pour aujourd'hui et un bandeau pour la semaine, placés avec grid-template-areas. Écrivez d'abord la version mobile sur une seule colonne, puis réorganisez les mêmes zones sur deux ou trois colonnes avec une ou deux media queries, sans changer l'ordre du HTML. C'est terminé quand la mise en page est correcte à 375, 768 et 1280 px et que le parcours au clavier suit toujours un ordre logique.",
      },
    },
  },
  {
    id: 'builtin-mobile-first-landing-page',
    skills: ['Responsive design', 'CSS flexbox'],
    level: 3,
    minutes: 120,
    paths: WEB_FRONT,
    projects: ['Restaurant landing page'],
    text: {
      en: {
        title: 'Build a mobile-first restaurant landing page',
        instructions:
          "Build a landing page for a restaurant with a hero image, a short presentation, three dish cards and a contact block, starting from the phone layout and adding min-width media queries for larger screens. Use flexbox for the cards, relative units (rem, %) for sizes, and responsive images with srcset or max-width: 100%. Done when nothing overflows or needs zooming anywhere between 320px and 1440px in the browser's device toolbar.",
      },
      fr: {
        title: "Créer la page d'accueil d'un restaurant en mobile first",
        instructions:
          "Réalisez la page d'accueil d'un restaurant avec une image d'en-tête, une courte présentation, trois cartes de plats et un bloc de contact, en partant de l'affichage mobile puis en ajoutant des media queries min-width pour les écrans plus larges. Utilisez flexbox pour les cartes, des unités relatives (rem, %) pour les tailles et des images adaptatives avec srcset ou max-width: 100%. C'est terminé quand rien ne déborde ni n'oblige à zoomer entre 320 et 1440 px dans le mode appareil du navigateur.",
      },
    },
  },
  {
    id: 'builtin-container-queries-card',
    skills: ['Responsive design', 'CSS grid'],
    level: 5,
    minutes: 120,
    paths: WEB_FRONT,
    projects: [],
    text: {
      en: {
        title: 'Make a card component adapt with container queries',
        instructions:
          'Build a product card that shows its image above the text in a narrow space and beside it in a wide one, using container-type: inline-size and @container rules rather than media queries. Set the font sizes with clamp() so the text grows smoothly, and put the same card in a sidebar, in a two-column grid and in a full-width section of one page. Done when each of the three copies picks the right layout on its own at every window width.',
      },
      fr: {
        title: 'Adapter un composant carte avec les container queries',
        instructions:
          "Créez une carte produit qui affiche son image au-dessus du texte dans un espace étroit et à côté dans un espace large, avec container-type: inline-size et des règles @container plutôt que des media queries. Fixez les tailles de police avec clamp() pour que le texte grandisse progressivement, et placez la même carte dans une barre latérale, dans une grille de deux colonnes et dans une section pleine largeur d'une même page. C'est terminé quand chacune des trois copies choisit seule la bonne disposition, quelle que soit la largeur de la fenêtre.",
      },
    },
  },

  // ——— JavaScript ———
  {
    id: 'builtin-js-tip-calculator',
    skills: ['JavaScript basics'],
    level: 1,
    minutes: 30,
    paths: WEB_FRONT,
    projects: [],
    text: {
      en: {
        title: 'Write a tip calculator in the console',
        instructions:
          "In a script file, store a bill amount, a tip percentage and a number of people in variables, then compute the tip, the total and each person's share. Print the results with template literals, rounded to two decimals with toFixed. Done when changing any of the three values and reloading prints correct results, including for a single person.",
      },
      fr: {
        title: 'Écrire un calculateur de pourboire dans la console',
        instructions:
          "Dans un fichier de script, rangez dans des variables le montant de l'addition, le pourcentage de pourboire et le nombre de convives, puis calculez le pourboire, le total et la part de chacun. Affichez les résultats avec des template literals, arrondis à deux décimales avec toFixed. C'est terminé quand, après avoir modifié l'une des trois valeurs et rechargé, les résultats affichés sont justes, y compris pour une seule personne.",
      },
    },
  },
  {
    id: 'builtin-js-predict-the-output',
    skills: ['JavaScript basics'],
    level: 2,
    minutes: 30,
    paths: WEB_FRONT,
    projects: [],
    text: {
      en: {
        title: 'Predict the output of tricky JavaScript expressions',
        instructions:
          "Before running anything, write down what you expect from ten expressions such as '5' + 3, '5' - 3, 0 == '', null === undefined, typeof NaN and [] + {}. Then run them in the console and, for each surprise, write one sentence explaining the rule behind it. Done when you have your ten predictions, the real results, an explanation for each mismatch, and a short note on why your own code should use === and explicit conversions such as Number().",
      },
      fr: {
        title: "Prédire le résultat d'expressions JavaScript piégeuses",
        instructions:
          "Avant de lancer quoi que ce soit, notez ce que vous attendez de dix expressions comme '5' + 3, '5' - 3, 0 == '', null === undefined, typeof NaN ou [] + {}. Exécutez-les ensuite dans la console et, pour chaque surprise, écrivez une phrase qui explique la règle en jeu. C'est terminé quand vous avez vos dix prédictions, les vrais résultats, une explication pour chaque écart et une courte note sur l'intérêt d'utiliser === et des conversions explicites comme Number() dans votre propre code.",
      },
    },
  },
  {
    id: 'builtin-js-pure-helper-functions',
    skills: ['JavaScript functions'],
    level: 2,
    minutes: 45,
    paths: WEB_STACK,
    projects: [],
    text: {
      en: {
        title: 'Write small pure helper functions',
        instructions:
          "Write three functions that take arguments and return a value without changing anything outside them: formatPrice(cents) returning '12.50 €', capitalize(word), and slugify(title) turning 'Hello World!' into 'hello-world'. Check each one with at least three console.assert calls, including an edge case such as an empty string or zero. Done when all the assertions pass silently and none of the functions reads or changes a global variable.",
      },
      fr: {
        title: 'Écrire de petites fonctions utilitaires pures',
        instructions:
          "Écrivez trois fonctions qui reçoivent des arguments et renvoient une valeur sans rien modifier autour d'elles : formatPrice(cents) qui renvoie '12.50 €', capitalize(mot), et slugify(titre) qui transforme 'Hello World!' en 'hello-world'. Vérifiez chacune avec au moins trois appels à console.assert, dont un cas limite comme une chaîne vide ou zéro. C'est terminé quand toutes les assertions passent sans rien afficher et qu'aucune fonction ne lit ni ne modifie de variable globale.",
      },
    },
  },
  {
    id: 'builtin-js-closures-counter-once',
    skills: ['JavaScript functions'],
    level: 3,
    minutes: 45,
    paths: WEB_STACK,
    projects: [],
    text: {
      en: {
        title: 'Use closures: a counter factory and a once() helper',
        instructions:
          'Write makeCounter(start), which returns an object whose increment, decrement and value methods share a private count, and check that two counters do not affect each other. Then write once(fn), which returns a function that calls fn the first time only and gives back that first result on every later call. Done when you can explain in two sentences where the count lives and why it still exists after makeCounter has returned.',
      },
      fr: {
        title: 'Utiliser les closures : un générateur de compteurs et once()',
        instructions:
          "Écrivez makeCounter(depart), qui renvoie un objet dont les méthodes increment, decrement et value partagent un compteur privé, et vérifiez que deux compteurs ne se perturbent pas. Écrivez ensuite once(fn), qui renvoie une fonction n'appelant fn que la première fois et redonnant ce premier résultat à chaque appel suivant. C'est terminé quand vous savez expliquer en deux phrases où vit le compteur et pourquoi il existe encore une fois makeCounter terminée.",
      },
    },
  },
  {
    id: 'builtin-js-debounced-search',
    skills: ['JavaScript functions', 'DOM and events'],
    level: 4,
    minutes: 60,
    paths: WEB_FRONT,
    projects: [],
    text: {
      en: {
        title: 'Debounce a live search field',
        instructions:
          'Build a search field that filters a list of 200 names as the user types, and log each time the filter runs. Write your own debounce(fn, delay), without a library, so that the filter only runs once the user has paused typing for 300 ms. Done when typing a word quickly logs a single run, and you can explain how debounce relies on a closure and on clearTimeout.',
      },
      fr: {
        title: 'Temporiser un champ de recherche instantanée (debounce)',
        instructions:
          "Créez un champ de recherche qui filtre une liste de 200 noms au fil de la frappe, et affichez dans la console chaque exécution du filtre. Écrivez votre propre fonction debounce(fn, delai), sans bibliothèque, pour que le filtre ne s'exécute qu'après 300 ms sans frappe. C'est terminé quand la saisie rapide d'un mot ne produit qu'une seule exécution et que vous savez expliquer comment debounce s'appuie sur une closure et sur clearTimeout.",
      },
    },
  },
  {
    id: 'builtin-dom-click-counter',
    skills: ['DOM and events'],
    level: 1,
    minutes: 30,
    paths: WEB_FRONT,
    projects: [],
    text: {
      en: {
        title: 'Make a click counter with three buttons',
        instructions:
          'Create a page showing a number and three buttons: +1, -1 and Reset. Select the elements with querySelector, attach a click listener to each button with addEventListener and update the number with textContent. Done when the counter never goes below zero and the Reset button brings it back to 0.',
      },
      fr: {
        title: 'Créer un compteur de clics avec trois boutons',
        instructions:
          "Créez une page qui affiche un nombre et trois boutons : +1, -1 et Remise à zéro. Sélectionnez les éléments avec querySelector, attachez un écouteur de clic à chaque bouton avec addEventListener et mettez à jour le nombre avec textContent. C'est terminé quand le compteur ne descend jamais sous zéro et que le bouton de remise à zéro le ramène à 0.",
      },
    },
  },
  {
    id: 'builtin-dom-todo-list',
    skills: ['DOM and events', 'JavaScript arrays'],
    level: 3,
    minutes: 120,
    paths: WEB_FRONT,
    projects: ['Todo app'],
    text: {
      en: {
        title: 'Build a todo list that survives a reload',
        instructions:
          'Build a todo list where you can add a task through a form, tick it as done and delete it. Keep the tasks in an array of objects, redraw the list from that array after every change, and save it to localStorage as JSON. Use a single listener on the list (event delegation) rather than one per button. Done when the tasks and their ticks are still there after reloading the page.',
      },
      fr: {
        title: 'Créer une liste de tâches qui résiste au rechargement',
        instructions:
          "Créez une liste de tâches où l'on peut ajouter une tâche par un formulaire, la cocher comme faite et la supprimer. Gardez les tâches dans un tableau d'objets, redessinez la liste à partir de ce tableau après chaque changement et enregistrez-le dans localStorage au format JSON. Utilisez un seul écouteur sur la liste (délégation d'événements) plutôt qu'un par bouton. C'est terminé quand les tâches et leurs coches sont toujours là après un rechargement de la page.",
      },
    },
  },
  {
    id: 'builtin-fetch-weather-for-a-city',
    skills: ['Async JavaScript', 'DOM and events'],
    level: 3,
    minutes: 90,
    paths: WEB_FRONT,
    projects: ['Weather dashboard'],
    text: {
      en: {
        title: 'Fetch and display the weather for a city',
        instructions:
          'Use fetch with async/await to get the current weather for a city typed into a form, from a free API such as Open-Meteo (no key needed; its geocoding service turns a city name into coordinates). Show a loading message while waiting, then the temperature and wind speed, and a clear message if the city is unknown or the network fails. Done when three cities typed one after another each show their own weather, and turning the network off in the DevTools shows your error message.',
      },
      fr: {
        title: "Récupérer et afficher la météo d'une ville",
        instructions:
          "Utilisez fetch avec async/await pour obtenir la météo actuelle d'une ville saisie dans un formulaire, auprès d'une API gratuite comme Open-Meteo (sans clé ; son service de géocodage transforme un nom de ville en coordonnées). Affichez un message de chargement pendant l'attente, puis la température et la vitesse du vent, et un message clair si la ville est inconnue ou si le réseau échoue. C'est terminé quand trois villes saisies à la suite affichent chacune leur météo, et que couper le réseau dans les DevTools fait apparaître votre message d'erreur.",
      },
    },
  },
  {
    id: 'builtin-async-parallel-requests',
    skills: ['Async JavaScript'],
    level: 4,
    minutes: 60,
    paths: WEB_FRONT,
    projects: ['Weather dashboard'],
    text: {
      en: {
        title: 'Load several requests in parallel with Promise.allSettled',
        instructions:
          'Load the weather for five saved cities at once with Promise.allSettled instead of awaiting them one after the other, and display the cities when the whole batch has settled. A city whose request failed shows its own error card while the others display normally. Done when the Network tab shows the five requests starting together, and you can explain when you would choose Promise.all instead.',
      },
      fr: {
        title: 'Lancer plusieurs requêtes en parallèle avec Promise.allSettled',
        instructions:
          "Chargez en une seule fois la météo de cinq villes enregistrées avec Promise.allSettled, au lieu de les attendre l'une après l'autre, et affichez les villes quand tout le lot est terminé. Une ville dont la requête a échoué affiche sa propre carte d'erreur pendant que les autres s'affichent normalement. C'est terminé quand l'onglet Réseau montre les cinq requêtes partant ensemble et que vous savez expliquer quand vous choisiriez plutôt Promise.all.",
      },
    },
  },
  {
    id: 'builtin-fetch-with-timeout-and-retries',
    skills: ['Async JavaScript', 'Testing'],
    level: 5,
    minutes: 120,
    paths: WEB_STACK,
    projects: [],
    text: {
      en: {
        title: 'Write a fetch wrapper with a timeout and retries',
        instructions:
          'Write fetchWithRetry(url, { retries, timeoutMs }), which aborts a request that takes too long with an AbortController and retries network errors and 5xx answers after a growing delay (for example 500 ms, then 1 s, then 2 s). A 4xx answer must never be retried. Cover it with unit tests that replace fetch with a fake and use fake timers, so the whole suite runs in under a second. Done when the tests prove the timeout, the number of attempts, the growing delays and the 4xx case.',
      },
      fr: {
        title: 'Écrire un wrapper de fetch avec délai maximal et nouvelles tentatives',
        instructions:
          "Écrivez fetchWithRetry(url, { retries, timeoutMs }), qui interrompt avec un AbortController une requête trop longue et retente les erreurs réseau et les réponses 5xx après un délai croissant (par exemple 500 ms, puis 1 s, puis 2 s). Une réponse 4xx ne doit jamais être retentée. Couvrez la fonction avec des tests unitaires qui remplacent fetch par une imitation et utilisent de faux minuteurs, pour que toute la suite dure moins d'une seconde. C'est terminé quand les tests prouvent le délai maximal, le nombre de tentatives, les délais croissants et le cas 4xx.",
      },
    },
  },
  {
    id: 'builtin-js-array-grade-book',
    skills: ['JavaScript arrays'],
    level: 2,
    minutes: 45,
    paths: WEB_STACK,
    projects: [],
    text: {
      en: {
        title: 'Analyse a grade book with map, filter and reduce',
        instructions:
          "Start from an array of about ten student objects, each with a name and an array of marks out of 20. Without any for loop, use map to compute each student's average, filter to keep those at 10 or above, reduce to find the class average, and sort a copy to rank them. Done when the console shows the ranking and the original array is unchanged.",
      },
      fr: {
        title: 'Analyser un carnet de notes avec map, filter et reduce',
        instructions:
          "Partez d'un tableau d'une dizaine d'objets élèves, chacun avec un nom et un tableau de notes sur 20. Sans aucune boucle for, utilisez map pour calculer la moyenne de chaque élève, filter pour garder ceux qui ont au moins 10, reduce pour trouver la moyenne de la classe, et triez une copie pour établir le classement. C'est terminé quand la console affiche le classement et que le tableau d'origine n'a pas changé.",
      },
    },
  },

  // ——— Python ———
  {
    id: 'builtin-py-temperature-converter',
    skills: ['Python basics'],
    level: 1,
    minutes: 30,
    paths: PYTHON,
    projects: [],
    text: {
      en: {
        title: 'Write a temperature converter in Python',
        instructions:
          'Write a script that asks for a temperature and a unit (C or F) with input(), converts it to the other unit and prints the result rounded to one decimal with an f-string. Add a message saying whether it is freezing, mild or hot, using if, elif and else. Done when 0 °C gives 32.0 °F, 212 °F gives 100.0 °C, and a lowercase unit works too.',
      },
      fr: {
        title: 'Écrire un convertisseur de températures en Python',
        instructions:
          "Écrivez un script qui demande une température et une unité (C ou F) avec input(), la convertit dans l'autre unité et affiche le résultat arrondi à une décimale avec une f-string. Ajoutez un message qui indique s'il gèle, s'il fait doux ou s'il fait chaud, avec if, elif et else. C'est terminé quand 0 °C donne 32.0 °F, que 212 °F donne 100.0 °C et qu'une unité tapée en minuscule fonctionne aussi.",
      },
    },
  },
  {
    id: 'builtin-py-number-guessing-game',
    skills: ['Python basics', 'Loops and conditions'],
    level: 2,
    minutes: 45,
    paths: PYTHON,
    projects: [],
    text: {
      en: {
        title: 'Program a number guessing game',
        instructions:
          "Write a game in which the computer picks a random number between 1 and 100 with random.randint and the player guesses until they find it, with a 'too high' or 'too low' hint after each try. Count the attempts, stop after ten and offer to play again. Done when the game never crashes on input that is not a number, and the secret number is shown when the player loses.",
      },
      fr: {
        title: 'Programmer un jeu du nombre mystère',
        instructions:
          "Écrivez un jeu où l'ordinateur choisit un nombre au hasard entre 1 et 100 avec random.randint, et où le joueur fait des propositions jusqu'à le trouver, avec l'indice « trop grand » ou « trop petit » après chaque essai. Comptez les essais, arrêtez au bout de dix et proposez de rejouer. C'est terminé quand le jeu ne plante jamais sur une saisie qui n'est pas un nombre, et que le nombre secret s'affiche quand le joueur perd.",
      },
    },
  },
  {
    id: 'builtin-py-word-frequency',
    skills: ['Python data structures'],
    level: 2,
    minutes: 45,
    paths: PYTHON,
    projects: [],
    text: {
      en: {
        title: 'Count word frequencies with a dictionary',
        instructions:
          'Paste a few paragraphs of text into a string, split it into words, lowercase them and strip the punctuation. Count each word in a dict, then print the ten most frequent words with their counts, from most to least frequent. Done when you have one version with a plain dict and another with collections.Counter, and both print the same top ten.',
      },
      fr: {
        title: 'Compter la fréquence des mots avec un dictionnaire',
        instructions:
          "Collez quelques paragraphes de texte dans une chaîne, découpez-la en mots, passez-les en minuscules et retirez la ponctuation. Comptez chaque mot dans un dict, puis affichez les dix mots les plus fréquents avec leur nombre d'occurrences, du plus au moins fréquent. C'est terminé quand vous avez une version avec un dict simple et une autre avec collections.Counter, et que les deux affichent le même top dix.",
      },
    },
  },
  {
    id: 'builtin-py-contact-book',
    skills: ['Python data structures', 'Python functions'],
    level: 3,
    minutes: 90,
    paths: PYTHON_BACK,
    projects: [],
    text: {
      en: {
        title: 'Build a command-line contact book',
        instructions:
          "Write a menu-driven program that stores contacts in a dict of dicts keyed by name, each with a phone number, an email address and a set of tags. Give every action its own function: add, search by part of the name, list by tag, and delete. Done when you can add five contacts, find one from three letters of its name and list everyone tagged 'work', with no tag ever stored twice.",
      },
      fr: {
        title: 'Créer un carnet de contacts en ligne de commande',
        instructions:
          "Écrivez un programme à menu qui range les contacts dans un dict de dicts indexé par nom, chacun avec un numéro de téléphone, une adresse e-mail et un set d'étiquettes. Donnez à chaque action sa propre fonction : ajouter, chercher par une partie du nom, lister par étiquette et supprimer. C'est terminé quand vous pouvez ajouter cinq contacts, en retrouver un à partir de trois lettres de son nom et lister tous ceux qui portent l'étiquette 'travail', sans qu'aucune étiquette ne soit jamais enregistrée deux fois.",
      },
    },
  },
  {
    id: 'builtin-py-refactor-into-functions',
    skills: ['Python functions'],
    level: 2,
    minutes: 60,
    paths: PYTHON,
    projects: [],
    text: {
      en: {
        title: 'Refactor a long script into functions',
        instructions:
          "Take one of your scripts of 50 lines or more that runs from top to bottom, and split it into functions of ten lines or fewer, each doing one thing and named after it. Pass data in through parameters and get results out with return instead of using global variables, and add a main() called under if __name__ == '__main__'. Done when the script prints exactly the same output as before.",
      },
      fr: {
        title: 'Découper un long script en fonctions',
        instructions:
          "Prenez l'un de vos scripts d'au moins 50 lignes qui s'exécute de haut en bas, et découpez-le en fonctions de dix lignes au plus, chacune faisant une seule chose et portant un nom qui la décrit. Faites entrer les données par les paramètres et sortir les résultats par return au lieu de passer par des variables globales, et ajoutez une fonction main() appelée sous if __name__ == '__main__'. C'est terminé quand le script affiche exactement la même sortie qu'avant.",
      },
    },
  },
  {
    id: 'builtin-py-timing-decorator',
    skills: ['Python functions'],
    level: 4,
    minutes: 60,
    paths: PYTHON_BACK,
    projects: [],
    text: {
      en: {
        title: 'Write a timing decorator',
        instructions:
          "Write a decorator @timed that measures how long the decorated function takes with time.perf_counter and prints its name and duration, while returning the function's result unchanged. Use functools.wraps so that the name and docstring survive, and accept any arguments with *args and **kwargs. Then write @timed(unit='ms'), which takes a parameter. Done when both versions work on a slow function and on one called with keyword arguments.",
      },
      fr: {
        title: "Écrire un décorateur qui mesure la durée d'exécution",
        instructions:
          "Écrivez un décorateur @timed qui mesure avec time.perf_counter la durée de la fonction décorée et affiche son nom et cette durée, tout en renvoyant le résultat de la fonction sans le modifier. Utilisez functools.wraps pour conserver le nom et la docstring, et acceptez n'importe quels arguments avec *args et **kwargs. Écrivez ensuite @timed(unit='ms'), qui prend un paramètre. C'est terminé quand les deux versions fonctionnent sur une fonction lente et sur une fonction appelée avec des arguments nommés.",
      },
    },
  },
  {
    id: 'builtin-py-safe-user-input',
    skills: ['Python files and errors'],
    level: 2,
    minutes: 45,
    paths: PYTHON,
    projects: [],
    text: {
      en: {
        title: 'Handle bad input with try and except',
        instructions:
          'Write a function ask_int(prompt, minimum, maximum) that keeps asking until the user types a whole number within the range. Catch ValueError when the text is not a number, show a helpful message and ask again; never use a bare except. Done when letters, decimals, empty input and out-of-range numbers are all refused without a crash, and a valid number comes back as an int.',
      },
      fr: {
        title: 'Gérer les saisies invalides avec try et except',
        instructions:
          "Écrivez une fonction ask_int(invite, minimum, maximum) qui redemande tant que l'utilisateur n'a pas tapé un nombre entier compris dans l'intervalle. Interceptez ValueError quand le texte n'est pas un nombre, affichez un message utile et redemandez ; n'utilisez jamais un except sans type d'exception. C'est terminé quand les lettres, les nombres décimaux, une saisie vide et les nombres hors intervalle sont tous refusés sans plantage, et qu'un nombre valide est renvoyé sous forme d'int.",
      },
    },
  },
  {
    id: 'builtin-py-csv-summary',
    skills: ['Python files and errors', 'Python data structures'],
    level: 3,
    minutes: 90,
    paths: PYTHON,
    projects: ['Data cleaning report'],
    text: {
      en: {
        title: 'Summarise a CSV file with the csv module',
        instructions:
          'Download or write a CSV file of at least 50 sales (date, product, quantity, price) and read it with csv.DictReader inside a with block. Compute the revenue per product and per month, skip and count the rows with a missing or non-numeric value, and write the totals to a new summary.csv. Done when a missing input file gives a clear message instead of a traceback, and the skipped rows are reported at the end.',
      },
      fr: {
        title: 'Résumer un fichier CSV avec le module csv',
        instructions:
          "Téléchargez ou écrivez un fichier CSV d'au moins 50 ventes (date, produit, quantité, prix) et lisez-le avec csv.DictReader dans un bloc with. Calculez le chiffre d'affaires par produit et par mois, ignorez en les comptant les lignes dont une valeur manque ou n'est pas numérique, et écrivez les totaux dans un nouveau fichier summary.csv. C'est terminé quand un fichier d'entrée absent donne un message clair au lieu d'une trace d'erreur, et que les lignes ignorées sont signalées à la fin.",
      },
    },
  },
  {
    id: 'builtin-pandas-data-cleaning-report',
    skills: ['Python data structures', 'Python files and errors'],
    level: 4,
    minutes: 180,
    paths: PYTHON,
    projects: ['Data cleaning report'],
    text: {
      en: {
        title: 'Clean a messy dataset with pandas and report what changed',
        instructions:
          'Pick a public dataset with known flaws (for example from data.gouv.fr or Kaggle) and load it with pandas. Find and fix duplicates, missing values, inconsistent spellings and wrong types, deciding for each problem whether to drop, fill or correct, and save the clean data to a new file. Done when a one-page report, as a notebook or in Markdown, lists each problem, how many rows it touched, what you did and why.',
      },
      fr: {
        title: 'Nettoyer un jeu de données avec pandas et rendre compte des changements',
        instructions:
          "Choisissez un jeu de données public aux défauts connus (par exemple sur data.gouv.fr ou Kaggle) et chargez-le avec pandas. Repérez et corrigez les doublons, les valeurs manquantes, les orthographes incohérentes et les types erronés, en décidant pour chaque problème s'il faut supprimer, compléter ou corriger, puis enregistrez les données propres dans un nouveau fichier. C'est terminé quand un rapport d'une page, sous forme de notebook ou en Markdown, indique chaque problème, le nombre de lignes touchées, ce que vous avez fait et pourquoi.",
      },
    },
  },
  {
    id: 'builtin-py-cli-tool-with-tests',
    skills: ['Python functions', 'Testing'],
    level: 5,
    minutes: 180,
    paths: PYTHON_BACK,
    projects: [],
    text: {
      en: {
        title: 'Package a command-line tool with argparse and pytest',
        instructions:
          'Turn one of your scripts into a command-line tool with argparse: positional arguments, at least two options with defaults, and a --help that explains them. Keep the logic in functions that neither call input() nor print, so that pytest can test them, and write at least eight tests including error cases. Add a pyproject.toml so that an editable pip install gives you a command you can run from any folder. Done when the tests pass and a classmate can install and use the tool by following your README alone.',
      },
      fr: {
        title: 'Créer un outil en ligne de commande avec argparse et pytest',
        instructions:
          "Transformez l'un de vos scripts en outil en ligne de commande avec argparse : des arguments positionnels, au moins deux options avec des valeurs par défaut et un --help qui les explique. Gardez la logique dans des fonctions qui n'appellent ni input() ni print, pour que pytest puisse les tester, et écrivez au moins huit tests, dont des cas d'erreur. Ajoutez un pyproject.toml pour qu'une installation pip en mode éditable fournisse une commande utilisable depuis n'importe quel dossier. C'est terminé quand les tests passent et qu'un camarade peut installer et utiliser l'outil en suivant seulement votre README.",
      },
    },
  },

  // ——— Git ———
  {
    id: 'builtin-git-first-repository',
    skills: ['Git basics'],
    level: 1,
    minutes: 30,
    paths: ALL,
    projects: [],
    text: {
      en: {
        title: 'Create your first Git repository and push it',
        instructions:
          'Create a folder with a README.md, turn it into a repository with git init and make your first commit, looking at git status before and after git add. Create an empty repository on GitHub or GitLab, add it as the remote named origin and push. Done when the README shows on the hosting site and git status says there is nothing to commit.',
      },
      fr: {
        title: 'Créer votre premier dépôt Git et le publier',
        instructions:
          "Créez un dossier contenant un README.md, transformez-le en dépôt avec git init et faites votre premier commit, en regardant git status avant et après git add. Créez un dépôt vide sur GitHub ou GitLab, ajoutez-le comme remote nommé origin et poussez votre travail. C'est terminé quand le README s'affiche sur le site d'hébergement et que git status indique qu'il n'y a rien à commiter.",
      },
    },
  },
  {
    id: 'builtin-git-small-commits',
    skills: ['Git basics'],
    level: 2,
    minutes: 45,
    paths: ALL,
    projects: [],
    text: {
      en: {
        title: 'Make small commits with clear messages',
        instructions:
          'In one of your projects, add a .gitignore for the files that should not be tracked (node_modules, .env, build output) and untrack any that were committed by mistake with git rm --cached. Then make at least five small commits, each about a single change, with a short message that says what changed and why. Done when git log --oneline reads like a clear story of your work and git ls-files lists none of the ignored files.',
      },
      fr: {
        title: 'Faire de petits commits aux messages clairs',
        instructions:
          "Dans l'un de vos projets, ajoutez un .gitignore pour les fichiers qui ne doivent pas être suivis (node_modules, .env, dossier de build) et retirez du suivi ceux qui auraient été commités par erreur avec git rm --cached. Faites ensuite au moins cinq petits commits portant chacun sur un seul changement, avec un message court qui dit ce qui change et pourquoi. C'est terminé quand git log --oneline raconte clairement votre travail et que git ls-files ne liste plus aucun des fichiers ignorés.",
      },
    },
  },
  {
    id: 'builtin-git-undo-safely',
    skills: ['Git basics'],
    level: 3,
    minutes: 45,
    paths: ALL,
    projects: [],
    text: {
      en: {
        title: 'Practise undoing mistakes in a sandbox repository',
        instructions:
          'In a throwaway repository, cause each of these mistakes and repair it: a change you want to drop (git restore), a file staged by accident (git restore --staged), a typo in the last commit message (git commit --amend) and a bad commit that is already pushed (git revert). Write a cheat sheet giving the command for each case and when not to use it. Done when all four cases are repaired and your cheat sheet explains why git reset --hard is risky on a shared branch.',
      },
      fr: {
        title: "S'entraîner à annuler des erreurs dans un dépôt d'essai",
        instructions:
          "Dans un dépôt jetable, provoquez chacune de ces erreurs puis réparez-la : une modification à abandonner (git restore), un fichier indexé par erreur (git restore --staged), une faute de frappe dans le dernier message de commit (git commit --amend) et un mauvais commit déjà poussé (git revert). Rédigez un aide-mémoire qui donne la commande de chaque cas et dit quand ne pas l'utiliser. C'est terminé quand les quatre cas sont réparés et que votre aide-mémoire explique pourquoi git reset --hard est risqué sur une branche partagée.",
      },
    },
  },
  {
    id: 'builtin-git-feature-branch',
    skills: ['Git branching'],
    level: 2,
    minutes: 45,
    paths: ALL,
    projects: [],
    text: {
      en: {
        title: 'Develop a feature on its own branch',
        instructions:
          'Create a branch named after a small feature, such as feature/footer, with git switch -c, make two or three commits on it, then switch back to main and check that your changes are not there. Merge the branch into main, delete it, and look at the result with git log --oneline --graph. Done when you can say in your own words what a branch is and why main stayed usable while you worked.',
      },
      fr: {
        title: 'Développer une fonctionnalité sur sa propre branche',
        instructions:
          "Créez avec git switch -c une branche qui porte le nom d'une petite fonctionnalité, comme feature/footer, faites-y deux ou trois commits, puis revenez sur main et vérifiez que vos modifications n'y sont pas. Fusionnez la branche dans main, supprimez-la et observez le résultat avec git log --oneline --graph. C'est terminé quand vous savez dire avec vos mots ce qu'est une branche et pourquoi main est restée utilisable pendant votre travail.",
      },
    },
  },
  {
    id: 'builtin-git-merge-conflict',
    skills: ['Git branching'],
    level: 3,
    minutes: 45,
    paths: ALL,
    projects: [],
    text: {
      en: {
        title: 'Create and resolve a merge conflict',
        instructions:
          "On purpose, change the same line of a file on two different branches, then merge one into the other to get a conflict. Read the conflict markers, decide which version to keep or combine the two, remove the markers and finish the merge. Done when the merge commit exists, the project still runs, and you have done it a second time with your editor's conflict view instead of editing the markers by hand.",
      },
      fr: {
        title: 'Provoquer et résoudre un conflit de fusion',
        instructions:
          "Modifiez volontairement la même ligne d'un fichier sur deux branches différentes, puis fusionnez l'une dans l'autre pour obtenir un conflit. Lisez les marqueurs de conflit, décidez quelle version garder ou combinez les deux, retirez les marqueurs et terminez la fusion. C'est terminé quand le commit de fusion existe, que le projet fonctionne toujours et que vous avez recommencé une seconde fois avec l'outil de résolution de votre éditeur plutôt qu'en modifiant les marqueurs à la main.",
      },
    },
  },
  {
    id: 'builtin-first-pull-request',
    skills: ['Pull requests', 'Git branching'],
    level: 2,
    minutes: 60,
    paths: ALL,
    projects: ['Portfolio site'],
    text: {
      en: {
        title: 'Open your first pull request',
        instructions:
          'Push a branch with a small improvement to one of your projects and open a pull request (a merge request on GitLab) into main. Write a description saying what changed, why, and how to check it, with a screenshot if the change is visible. Review your own diff on the site, leave yourself a comment, push a fix for it and merge. Done when the pull request shows the description, the comment and two commits before the merge.',
      },
      fr: {
        title: 'Ouvrir votre première pull request',
        instructions:
          "Poussez une branche contenant une petite amélioration de l'un de vos projets et ouvrez une pull request (une merge request sur GitLab) vers main. Rédigez une description qui dit ce qui change, pourquoi et comment le vérifier, avec une capture d'écran si le changement se voit. Relisez votre propre diff sur le site, laissez-vous un commentaire, poussez une correction puis fusionnez. C'est terminé quand la pull request montre la description, le commentaire et deux commits avant la fusion.",
      },
    },
  },
  {
    id: 'builtin-review-a-pull-request',
    skills: ['Pull requests'],
    level: 3,
    minutes: 60,
    paths: ALL,
    projects: [],
    text: {
      en: {
        title: "Review a classmate's pull request",
        instructions:
          'Ask a classmate for a pull request, or pick a small open one in a public project, and review it: check out the branch, run it and read the whole diff. Leave at least three comments: a question, a concrete suggestion with its reason, and something done well, all worded kindly and about the code rather than the person. Done when your review is submitted with a clear verdict, approval or requested changes, and you have answered any reply.',
      },
      fr: {
        title: "Relire la pull request d'un camarade",
        instructions:
          "Demandez une pull request à un camarade, ou choisissez-en une petite encore ouverte dans un projet public, et relisez-la : récupérez la branche, lancez-la et lisez tout le diff. Laissez au moins trois commentaires : une question, une suggestion concrète et argumentée, et un point réussi, le tout formulé avec bienveillance et portant sur le code plutôt que sur la personne. C'est terminé quand votre relecture est envoyée avec un avis clair, approbation ou demande de changements, et que vous avez répondu aux éventuelles réponses.",
      },
    },
  },
  {
    id: 'builtin-split-a-large-change',
    skills: ['Pull requests', 'Git branching'],
    level: 4,
    minutes: 90,
    paths: ALL,
    projects: [],
    text: {
      en: {
        title: 'Split a large change into small pull requests',
        instructions:
          'Take a feature or a refactoring of yours that touches many files and plan how to deliver it as three or more pull requests that can each be reviewed in under fifteen minutes. Build the branches so that each one works on its own, stacked on the previous one if needed, and use git add -p to put only the right lines in each commit. Done when each pull request has a focused description and a diff of about 200 lines or fewer, and main works after each merge.',
      },
      fr: {
        title: 'Découper un gros changement en petites pull requests',
        instructions:
          "Prenez une de vos fonctionnalités ou refontes qui touche beaucoup de fichiers et prévoyez de la livrer en trois pull requests ou plus, chacune relisible en moins d'un quart d'heure. Construisez les branches pour que chacune fonctionne seule, empilée sur la précédente si besoin, et utilisez git add -p pour ne mettre que les bonnes lignes dans chaque commit. C'est terminé quand chaque pull request a une description ciblée et un diff d'environ 200 lignes au plus, et que main fonctionne après chaque fusion.",
      },
    },
  },
  {
    id: 'builtin-git-bisect-regression',
    skills: ['Git basics', 'Debugging'],
    level: 5,
    minutes: 60,
    paths: ALL,
    projects: [],
    text: {
      en: {
        title: 'Find the commit that broke a feature with git bisect',
        instructions:
          'In a project with a long history, pick a behaviour that worked in an old commit and is broken now, or break one yourself a few commits back. Use git bisect start, good and bad to find the guilty commit, then automate the search with git bisect run and a small script that exits with 1 when the bug is present. Done when git bisect names the right commit and you can explain why it takes only about log2(n) steps.',
      },
      fr: {
        title: 'Trouver le commit fautif avec git bisect',
        instructions:
          "Dans un projet à l'historique long, choisissez un comportement qui marchait dans un ancien commit et qui est cassé aujourd'hui, ou cassez-en un vous-même quelques commits plus tôt. Utilisez git bisect start, good et bad pour trouver le commit fautif, puis automatisez la recherche avec git bisect run et un petit script qui se termine avec le code 1 quand le bug est présent. C'est terminé quand git bisect désigne le bon commit et que vous savez expliquer pourquoi il ne faut qu'environ log2(n) étapes.",
      },
    },
  },
  {
    id: 'builtin-open-source-contribution',
    skills: ['Pull requests', 'Reading documentation'],
    level: 5,
    minutes: 240,
    paths: ALL,
    projects: [],
    text: {
      en: {
        title: 'Contribute a fix to an open-source project',
        instructions:
          "Find an open-source project you use and an issue labelled 'good first issue' or 'documentation', and read its contributing guide and code of conduct before touching anything. Fork it, set the project up locally by following its instructions, make the change with the test or documentation update the maintainers expect, and open a pull request that links to the issue. Done when the pull request is open and its automated checks pass.",
      },
      fr: {
        title: 'Proposer une correction à un projet open source',
        instructions:
          "Trouvez un projet open source que vous utilisez et un ticket marqué « good first issue » ou « documentation », et lisez son guide de contribution et son code de conduite avant de toucher à quoi que ce soit. Forkez-le, installez le projet en local en suivant ses instructions, faites la modification avec le test ou la mise à jour de documentation qu'attendent les mainteneurs, puis ouvrez une pull request qui renvoie au ticket. C'est terminé quand la pull request est ouverte et que ses vérifications automatiques passent.",
      },
    },
  },

  // ——— SQL ———
  {
    id: 'builtin-sql-select-where',
    skills: ['SQL queries'],
    level: 1,
    minutes: 30,
    paths: SQL,
    projects: ['Library database'],
    text: {
      en: {
        title: 'Query a library catalogue with SELECT and WHERE',
        instructions:
          'Create a books table (title, author, year, genre, pages) in SQLite, with DB Browser for SQLite or an online playground, and insert about fifteen rows. Write five queries: all the books, only titles and years, books published after 2000, novels of more than 300 pages, and books whose genre is one of three you choose (with IN). Done when each query returns what you expected and you can read each one aloud as a sentence.',
      },
      fr: {
        title: "Interroger le catalogue d'une bibliothèque avec SELECT et WHERE",
        instructions:
          "Créez une table books (title, author, year, genre, pages) dans SQLite, avec DB Browser for SQLite ou un bac à sable en ligne, et insérez-y une quinzaine de lignes. Écrivez cinq requêtes : tous les livres, seulement les titres et les années, les livres parus après 2000, les romans de plus de 300 pages, et les livres dont le genre fait partie de trois genres de votre choix (avec IN). C'est terminé quand chaque requête renvoie ce que vous attendiez et que vous savez lire chacune à voix haute comme une phrase.",
      },
    },
  },
  {
    id: 'builtin-sql-sort-and-filter',
    skills: ['SQL queries'],
    level: 2,
    minutes: 45,
    paths: SQL,
    projects: ['Library database'],
    text: {
      en: {
        title: 'Sort, limit and search text in SQL',
        instructions:
          'On the books table, write queries that list the ten longest books (ORDER BY … DESC with LIMIT), find the titles containing a given word with LIKE, list the distinct genres and show the books with no year recorded (IS NULL). Add a query that pages through the catalogue five books at a time with LIMIT and OFFSET. Done when you can explain why = NULL never matches anything and why ORDER BY matters before LIMIT.',
      },
      fr: {
        title: 'Trier, limiter et chercher du texte en SQL',
        instructions:
          "Sur la table books, écrivez des requêtes qui listent les dix livres les plus longs (ORDER BY … DESC avec LIMIT), trouvent les titres contenant un mot donné avec LIKE, listent les genres distincts et affichent les livres sans année renseignée (IS NULL). Ajoutez une requête qui parcourt le catalogue cinq livres à la fois avec LIMIT et OFFSET. C'est terminé quand vous savez expliquer pourquoi = NULL ne trouve jamais rien et pourquoi ORDER BY compte avant LIMIT.",
      },
    },
  },
  {
    id: 'builtin-sql-inner-join-authors',
    skills: ['SQL joins'],
    level: 2,
    minutes: 45,
    paths: SQL,
    projects: ['Library database'],
    text: {
      en: {
        title: 'Join books to their authors',
        instructions:
          "Split your library data into an authors table and a books table with an author_id column, then write an INNER JOIN that lists every title with its author's name and country. Use table aliases, and filter the joined result down to the authors of a single country. Done when the join returns exactly one row per book and you can say what happens to an author who has no book.",
      },
      fr: {
        title: 'Relier les livres à leurs auteurs par une jointure',
        instructions:
          "Séparez les données de votre bibliothèque en une table authors et une table books avec une colonne author_id, puis écrivez un INNER JOIN qui liste chaque titre avec le nom et le pays de son auteur. Utilisez des alias de tables et filtrez le résultat de la jointure sur les auteurs d'un seul pays. C'est terminé quand la jointure renvoie exactement une ligne par livre et que vous savez dire ce que devient un auteur qui n'a aucun livre.",
      },
    },
  },
  {
    id: 'builtin-sql-count-group-by',
    skills: ['SQL aggregation'],
    level: 2,
    minutes: 45,
    paths: SQL,
    projects: ['Library database'],
    text: {
      en: {
        title: 'Count and average with GROUP BY',
        instructions:
          'On the books table, count the books per genre, compute the average number of pages per genre rounded to a whole number, and find the earliest and latest year for each author. Sort each result so that the largest group comes first. Done when every column of your SELECT is either in the GROUP BY or inside an aggregate function, and you can explain why that rule exists.',
      },
      fr: {
        title: 'Compter et calculer des moyennes avec GROUP BY',
        instructions:
          "Sur la table books, comptez les livres par genre, calculez le nombre moyen de pages par genre arrondi à l'entier et trouvez l'année la plus ancienne et la plus récente de chaque auteur. Triez chaque résultat pour que le groupe le plus grand arrive en premier. C'est terminé quand chaque colonne de vos SELECT figure soit dans le GROUP BY, soit dans une fonction d'agrégation, et que vous savez expliquer pourquoi cette règle existe.",
      },
    },
  },
  {
    id: 'builtin-sql-having-and-left-join',
    skills: ['SQL aggregation', 'SQL joins'],
    level: 3,
    minutes: 60,
    paths: SQL,
    projects: ['Library database'],
    text: {
      en: {
        title: 'Find busy members and unborrowed books with joins and HAVING',
        instructions:
          'Add members and loans tables, where a loan links a member, a book and a date, and fill them with some sample data. Write a query that lists the members who borrowed more than three books in a month, using GROUP BY and HAVING, and another that uses a LEFT JOIN to list the books that have never been borrowed. Done when both results are right on your sample data and you can explain the difference between WHERE and HAVING.',
      },
      fr: {
        title: 'Trouver les lecteurs assidus et les livres jamais empruntés',
        instructions:
          "Ajoutez des tables members et loans, où un emprunt relie un lecteur, un livre et une date, et remplissez-les avec quelques données d'exemple. Écrivez une requête qui liste les lecteurs ayant emprunté plus de trois livres sur un mois, avec GROUP BY et HAVING, et une autre qui utilise un LEFT JOIN pour lister les livres jamais empruntés. C'est terminé quand les deux résultats sont justes sur vos données d'exemple et que vous savez expliquer la différence entre WHERE et HAVING.",
      },
    },
  },
  {
    id: 'builtin-sql-window-functions',
    skills: ['SQL aggregation', 'SQL queries'],
    level: 4,
    minutes: 60,
    paths: SQL,
    projects: [],
    text: {
      en: {
        title: 'Rank and compare rows with window functions',
        instructions:
          "On a sales or loans table, rank the products or books within each category with RANK() OVER (PARTITION BY … ORDER BY …), compute a running monthly total with SUM() OVER, and show each month's change from the previous one with LAG. Write the top-three-per-category query twice: once with a window function and once without, using a subquery. Done when both versions return the same rows and you can say which one is easier to read.",
      },
      fr: {
        title: 'Classer et comparer des lignes avec les fonctions de fenêtre',
        instructions:
          "Sur une table de ventes ou d'emprunts, classez les produits ou les livres au sein de chaque catégorie avec RANK() OVER (PARTITION BY … ORDER BY …), calculez un cumul mensuel avec SUM() OVER et affichez l'évolution de chaque mois par rapport au précédent avec LAG. Écrivez deux fois la requête des trois premiers par catégorie : une fois avec une fonction de fenêtre, une fois sans, avec une sous-requête. C'est terminé quand les deux versions renvoient les mêmes lignes et que vous savez dire laquelle se lit le plus facilement.",
      },
    },
  },
  {
    id: 'builtin-design-library-schema',
    skills: ['Database design'],
    level: 3,
    minutes: 90,
    paths: SQL,
    projects: ['Library database'],
    text: {
      en: {
        title: 'Design the schema of a library database',
        instructions:
          'Design the tables of a small lending library: books, copies of a book, authors (a book can have several), members and loans. Draw the diagram, on dbdiagram.io or on paper, with primary keys, foreign keys and the one-to-many and many-to-many links, then write the CREATE TABLE statements with NOT NULL, UNIQUE and FOREIGN KEY constraints. Done when the script runs on an empty database and a loan for an unknown member is refused (in SQLite, turn on PRAGMA foreign_keys first).',
      },
      fr: {
        title: "Concevoir le schéma de la base d'une bibliothèque",
        instructions:
          "Concevez les tables d'une petite bibliothèque de prêt : livres, exemplaires d'un livre, auteurs (un livre peut en avoir plusieurs), lecteurs et emprunts. Dessinez le schéma, sur dbdiagram.io ou sur papier, avec les clés primaires, les clés étrangères et les relations un-à-plusieurs et plusieurs-à-plusieurs, puis écrivez les CREATE TABLE avec des contraintes NOT NULL, UNIQUE et FOREIGN KEY. C'est terminé quand le script s'exécute sur une base vide et qu'un emprunt pour un lecteur inconnu est refusé (avec SQLite, activez d'abord PRAGMA foreign_keys).",
      },
    },
  },
  {
    id: 'builtin-normalize-a-spreadsheet',
    skills: ['Database design'],
    level: 4,
    minutes: 90,
    paths: SQL,
    projects: [],
    text: {
      en: {
        title: 'Normalise a spreadsheet into related tables',
        instructions:
          "Start from a flat spreadsheet in which the same customer or product details repeat on many rows; an export of orders works well. Identify the repeated groups, split them into tables up to third normal form, and write the SQL that loads the original rows into the new tables with INSERT … SELECT. Done when a join of your new tables rebuilds the original sheet exactly and changing a customer's address takes a single UPDATE of one row.",
      },
      fr: {
        title: 'Normaliser un tableur en tables reliées',
        instructions:
          "Partez d'un tableur à plat où les mêmes informations de client ou de produit se répètent sur de nombreuses lignes ; un export de commandes convient bien. Repérez les groupes répétés, répartissez-les en tables jusqu'à la troisième forme normale et écrivez le SQL qui charge les lignes d'origine dans les nouvelles tables avec INSERT … SELECT. C'est terminé quand une jointure de vos nouvelles tables reconstitue exactement la feuille d'origine et que changer l'adresse d'un client ne demande qu'un seul UPDATE sur une seule ligne.",
      },
    },
  },
  {
    id: 'builtin-sql-indexes-and-explain',
    skills: ['Database design', 'Complexity'],
    level: 5,
    minutes: 90,
    paths: SQL,
    projects: ['REST API'],
    text: {
      en: {
        title: 'Speed up slow queries with indexes and EXPLAIN',
        instructions:
          'Fill a table with at least 100,000 generated rows, using a recursive CTE or a short script, and time three typical queries: a lookup by email, a filter on a date range and a join. Read their plans with EXPLAIN QUERY PLAN in SQLite or EXPLAIN ANALYZE in PostgreSQL, add the indexes that help and measure again. Done when you have a before-and-after table of timings and can explain why an index can make inserts slower.',
      },
      fr: {
        title: 'Accélérer des requêtes lentes avec des index et EXPLAIN',
        instructions:
          "Remplissez une table avec au moins 100 000 lignes générées, par une CTE récursive ou un petit script, et chronométrez trois requêtes typiques : une recherche par e-mail, un filtre sur une plage de dates et une jointure. Lisez leurs plans avec EXPLAIN QUERY PLAN sous SQLite ou EXPLAIN ANALYZE sous PostgreSQL, ajoutez les index utiles et mesurez à nouveau. C'est terminé quand vous avez un tableau des temps avant et après, et que vous savez expliquer pourquoi un index peut ralentir les insertions.",
      },
    },
  },
  {
    id: 'builtin-sql-dashboard-queries',
    skills: ['SQL aggregation', 'SQL joins'],
    level: 5,
    minutes: 120,
    paths: SQL,
    projects: [],
    text: {
      en: {
        title: 'Write the queries behind a business dashboard',
        instructions:
          'Take a free sample database with several related tables, such as Chinook or Northwind, and write the queries for a dashboard of six indicators: monthly revenue, top customers, best-selling products per category, average basket, new versus returning customers, and revenue by country. Structure the longer queries with WITH (common table expressions) and comment each step. Done when the figures agree across queries, for instance revenue by country adds up to total revenue, and each query runs in under a second.',
      },
      fr: {
        title: "Écrire les requêtes d'un tableau de bord d'activité",
        instructions:
          "Prenez une base d'exemple gratuite à plusieurs tables reliées, comme Chinook ou Northwind, et écrivez les requêtes d'un tableau de bord de six indicateurs : chiffre d'affaires mensuel, meilleurs clients, produits les plus vendus par catégorie, panier moyen, nouveaux clients face aux clients fidèles, et chiffre d'affaires par pays. Structurez les requêtes longues avec WITH (expressions de table communes) et commentez chaque étape. C'est terminé quand les chiffres concordent d'une requête à l'autre, par exemple quand la somme du chiffre d'affaires par pays égale le total, et que chaque requête s'exécute en moins d'une seconde.",
      },
    },
  },

  // ——— Algorithms ———
  {
    id: 'builtin-fizzbuzz-variations',
    skills: ['Loops and conditions'],
    level: 1,
    minutes: 20,
    paths: ALL,
    projects: [],
    text: {
      en: {
        title: 'Solve FizzBuzz, then change the rules',
        instructions:
          'In the language you are learning, print the numbers from 1 to 100, replacing multiples of 3 with Fizz, multiples of 5 with Buzz and multiples of both with FizzBuzz. Then add a rule, multiples of 7 print Bang, and notice how many lines of your code had to change. Done when both versions print the right output and the second one repeats no condition.',
      },
      fr: {
        title: 'Résoudre FizzBuzz, puis changer les règles',
        instructions:
          "Dans le langage que vous apprenez, affichez les nombres de 1 à 100 en remplaçant les multiples de 3 par Fizz, ceux de 5 par Buzz et ceux des deux par FizzBuzz. Ajoutez ensuite une règle, les multiples de 7 affichent Bang, et observez combien de lignes de votre code ont dû changer. C'est terminé quand les deux versions affichent le bon résultat et que la seconde ne répète aucune condition.",
      },
    },
  },
  {
    id: 'builtin-nested-loop-patterns',
    skills: ['Loops and conditions'],
    level: 2,
    minutes: 30,
    paths: ALL,
    projects: [],
    text: {
      en: {
        title: 'Draw text patterns with nested loops',
        instructions:
          'With two nested loops and no string repetition shortcut, print a right triangle of stars of height n, then a centred pyramid, then a multiplication table from 1 to 10 with aligned columns. Keep n in a variable so that each shape works for any height. Done when the shapes are right for n = 1, 4 and 10 and you can say how many times the inner loop runs in each case.',
      },
      fr: {
        title: 'Dessiner des motifs en texte avec des boucles imbriquées',
        instructions:
          "Avec deux boucles imbriquées et sans raccourci pour répéter une chaîne, affichez un triangle rectangle d'étoiles de hauteur n, puis une pyramide centrée, puis une table de multiplication de 1 à 10 aux colonnes alignées. Gardez n dans une variable pour que chaque forme marche quelle que soit la hauteur. C'est terminé quand les formes sont justes pour n = 1, 4 et 10 et que vous savez dire combien de fois la boucle intérieure s'exécute dans chaque cas.",
      },
    },
  },
  {
    id: 'builtin-recursion-first-steps',
    skills: ['Recursion'],
    level: 2,
    minutes: 45,
    paths: DEV,
    projects: [],
    text: {
      en: {
        title: 'Write your first recursive functions',
        instructions:
          'Write recursively, with no loop: the sum of the numbers from 1 to n, a countdown printed from n to 0, the reverse of a string, and x to the power n. For each one, write down the base case and see what happens when you leave it out. Done when the four functions return the same results as loop versions, and you can draw the call stack of sum(3).',
      },
      fr: {
        title: 'Écrire vos premières fonctions récursives',
        instructions:
          "Écrivez de façon récursive, sans boucle : la somme des nombres de 1 à n, un compte à rebours affiché de n à 0, l'inverse d'une chaîne et x puissance n. Pour chacune, notez le cas de base et observez ce qui se passe quand vous l'oubliez. C'est terminé quand les quatre fonctions donnent les mêmes résultats que des versions avec boucle et que vous savez dessiner la pile d'appels de sum(3).",
      },
    },
  },
  {
    id: 'builtin-recursion-nested-data',
    skills: ['Recursion'],
    level: 3,
    minutes: 60,
    paths: DEV,
    projects: [],
    text: {
      en: {
        title: 'Walk nested data with recursion',
        instructions:
          'Write a function that flattens a list nested to any depth, such as [1, [2, [3, [4]], 5]], into [1, 2, 3, 4, 5]. Then write one that walks a nested object describing a folder tree and returns the total size of its files and the path of the largest one. Done when both handle an empty folder and a depth of at least five levels, and you can explain why a plain loop makes this hard.',
      },
      fr: {
        title: 'Parcourir des données imbriquées par récursivité',
        instructions:
          "Écrivez une fonction qui aplatit une liste imbriquée sur une profondeur quelconque, comme [1, [2, [3, [4]], 5]], en [1, 2, 3, 4, 5]. Écrivez-en ensuite une qui parcourt un objet imbriqué décrivant une arborescence de dossiers et renvoie la taille totale de ses fichiers et le chemin du plus gros. C'est terminé quand les deux gèrent un dossier vide et une profondeur d'au moins cinq niveaux, et que vous savez expliquer pourquoi une simple boucle rend ce travail difficile.",
      },
    },
  },
  {
    id: 'builtin-linear-vs-binary-search',
    skills: ['Sorting and searching'],
    level: 2,
    minutes: 45,
    paths: DEV,
    projects: [],
    text: {
      en: {
        title: 'Compare linear and binary search',
        instructions:
          'Write a linear search and a binary search that each return the index of a value in a sorted array, or -1 when it is absent, and make both count their comparisons. Run them on sorted arrays of 10, 1,000 and 1,000,000 numbers, for a value near the end and for a missing one. Done when both return the same indexes and you have a small table of comparison counts that shows how slowly binary search grows.',
      },
      fr: {
        title: 'Comparer recherche linéaire et recherche dichotomique',
        instructions:
          "Écrivez une recherche linéaire et une recherche dichotomique qui renvoient chacune l'indice d'une valeur dans un tableau trié, ou -1 si elle est absente, et qui comptent toutes deux leurs comparaisons. Lancez-les sur des tableaux triés de 10, 1 000 et 1 000 000 de nombres, pour une valeur proche de la fin et pour une valeur absente. C'est terminé quand les deux renvoient les mêmes indices et que vous avez un petit tableau des nombres de comparaisons qui montre la lente croissance de la recherche dichotomique.",
      },
    },
  },
  {
    id: 'builtin-insertion-sort',
    skills: ['Sorting and searching'],
    level: 3,
    minutes: 60,
    paths: DEV,
    projects: [],
    text: {
      en: {
        title: 'Implement insertion sort and count its work',
        instructions:
          'Implement insertion sort by hand, without the built-in sort, on an array of numbers, then adapt it to sort objects by a key such as age while keeping equal items in their original order. Count the comparisons on arrays of 1,000 items that are already sorted, reversed and random. Done when your results match the built-in sort in all three cases and you can explain why the already sorted case is so fast.',
      },
      fr: {
        title: 'Implémenter le tri par insertion et mesurer son travail',
        instructions:
          "Implémentez à la main le tri par insertion, sans la fonction de tri intégrée, sur un tableau de nombres, puis adaptez-le pour trier des objets selon une clé comme l'âge, en gardant les éléments égaux dans leur ordre d'origine. Comptez les comparaisons sur des tableaux de 1 000 éléments déjà triés, inversés et aléatoires. C'est terminé quand vos résultats sont identiques à ceux du tri intégré dans les trois cas et que vous savez expliquer pourquoi le cas déjà trié est si rapide.",
      },
    },
  },
  {
    id: 'builtin-merge-sort',
    skills: ['Sorting and searching', 'Recursion'],
    level: 4,
    minutes: 90,
    paths: DEV,
    projects: [],
    text: {
      en: {
        title: 'Implement merge sort',
        instructions:
          'Write a merge function that combines two sorted arrays into one, then a recursive mergeSort that splits an array in half, sorts each half and merges them. Test it against the built-in sort on empty, single-item, already sorted, reversed and duplicate-heavy arrays. Done when every case passes and you can sketch the tree of calls for eight items and explain where the n log n comes from.',
      },
      fr: {
        title: 'Implémenter le tri fusion',
        instructions:
          "Écrivez une fonction merge qui combine deux tableaux triés en un seul, puis une fonction récursive mergeSort qui coupe un tableau en deux, trie chaque moitié et les fusionne. Comparez-la au tri intégré sur des tableaux vides, à un seul élément, déjà triés, inversés et remplis de doublons. C'est terminé quand tous les cas passent et que vous savez dessiner l'arbre des appels pour huit éléments et expliquer d'où vient le n log n.",
      },
    },
  },
  {
    id: 'builtin-estimate-complexity',
    skills: ['Complexity'],
    level: 3,
    minutes: 45,
    paths: ALL,
    projects: [],
    text: {
      en: {
        title: 'Estimate the complexity of code snippets',
        instructions:
          'Collect eight short functions from your projects or exercises: a single loop, nested loops, a loop that halves its range, a lookup in a dict or object, a sort, and so on. For each one, write its time complexity in big-O notation with a one-sentence justification, then check two of them by timing them on inputs ten times larger. Done when every function has its class and justification, and the two timings roughly match your predictions or you have found out why not.',
      },
      fr: {
        title: 'Estimer la complexité de fonctions courtes',
        instructions:
          "Rassemblez huit fonctions courtes tirées de vos projets ou exercices : une boucle simple, des boucles imbriquées, une boucle qui divise son intervalle par deux, un accès à un dict ou à un objet, un tri, etc. Pour chacune, notez sa complexité en temps en notation grand O avec une phrase de justification, puis vérifiez-en deux en les chronométrant sur des entrées dix fois plus grandes. C'est terminé quand chaque fonction a sa classe et sa justification, et que les deux chronométrages confirment à peu près vos prévisions ou que vous avez compris pourquoi ils s'en écartent.",
      },
    },
  },
  {
    id: 'builtin-pair-sum-speedup',
    skills: ['Complexity', 'Sorting and searching'],
    level: 4,
    minutes: 60,
    paths: DEV,
    projects: [],
    text: {
      en: {
        title: 'Speed up a pair search from O(n²) to O(n)',
        instructions:
          'Write a function that tells whether two numbers of an array add up to a target, first with two nested loops. Then write a version that sorts the array and walks it from both ends, and a third that remembers the numbers already seen in a set or hash map. Done when the three agree on the same test cases and your timings on 100,000 numbers show the difference, with the complexity of each version written next to it.',
      },
      fr: {
        title: 'Accélérer une recherche de paire de O(n²) à O(n)',
        instructions:
          "Écrivez une fonction qui indique si deux nombres d'un tableau ont pour somme une valeur cible, d'abord avec deux boucles imbriquées. Écrivez ensuite une version qui trie le tableau puis le parcourt par les deux bouts, et une troisième qui mémorise les nombres déjà vus dans un set ou une table de hachage. C'est terminé quand les trois donnent les mêmes réponses sur les mêmes cas de test et que vos mesures sur 100 000 nombres montrent la différence, avec la complexité de chaque version notée en regard.",
      },
    },
  },
  {
    id: 'builtin-measure-growth',
    skills: ['Complexity'],
    level: 5,
    minutes: 90,
    paths: ALL,
    projects: [],
    text: {
      en: {
        title: 'Measure how running time grows and plot it',
        instructions:
          'Pick three functions you believe are O(n), O(n log n) and O(n²), and time each on at least six input sizes that double each time, repeating every measurement to smooth out the noise. Plot time against size, in a spreadsheet or with matplotlib, and compare the curves with what you expected. Done when the chart and a short written conclusion explain each curve, including any surprise caused by caching, warm-up or the garbage collector.',
      },
      fr: {
        title: "Mesurer la croissance du temps d'exécution et la tracer",
        instructions:
          "Choisissez trois fonctions que vous pensez en O(n), O(n log n) et O(n²), et chronométrez chacune sur au moins six tailles d'entrée qui doublent à chaque fois, en répétant chaque mesure pour lisser le bruit. Tracez le temps en fonction de la taille, dans un tableur ou avec matplotlib, et comparez les courbes à vos attentes. C'est terminé quand le graphique et une courte conclusion écrite expliquent chaque courbe, y compris les surprises dues au cache, à la mise en route ou au ramasse-miettes.",
      },
    },
  },

  // ——— Project method ———
  {
    id: 'builtin-split-project-into-tasks',
    skills: ['Project planning'],
    level: 1,
    minutes: 30,
    paths: ALL,
    projects: [],
    text: {
      en: {
        title: 'Split your next project into small tasks',
        instructions:
          "Read the brief of your next project and list everything it asks for, then break each item into tasks you could finish in two hours or less. Put them on a board, such as Trello, GitHub Projects or paper, in three columns: to do, in progress, done. Done when every task starts with a verb, none is as vague as 'do the page', and you know which one you will start with.",
      },
      fr: {
        title: 'Découper votre prochain projet en petites tâches',
        instructions:
          "Lisez l'énoncé de votre prochain projet et listez tout ce qu'il demande, puis découpez chaque élément en tâches réalisables en deux heures au plus. Placez-les sur un tableau, Trello, GitHub Projects ou papier, en trois colonnes : à faire, en cours, terminé. C'est terminé quand chaque tâche commence par un verbe, qu'aucune n'est aussi vague que « faire la page » et que vous savez par laquelle vous allez commencer.",
      },
    },
  },
  {
    id: 'builtin-user-stories',
    skills: ['Project planning'],
    level: 2,
    minutes: 60,
    paths: DEV,
    projects: ['Todo app'],
    text: {
      en: {
        title: 'Write user stories with acceptance criteria',
        instructions:
          "For a todo app, write eight user stories in the form 'As a …, I want … so that …', each with two or three acceptance criteria that can be checked with a yes or a no. Sort them into must-haves and nice-to-haves, keeping five must-haves at most. Done when someone else could build and check each must-have story from your text alone.",
      },
      fr: {
        title: "Rédiger des user stories avec leurs critères d'acceptation",
        instructions:
          "Pour une application de liste de tâches, rédigez huit user stories de la forme « En tant que …, je veux … afin de … », chacune avec deux ou trois critères d'acceptation vérifiables par oui ou par non. Classez-les en indispensables et en facultatives, avec au plus cinq indispensables. C'est terminé quand une autre personne pourrait réaliser et vérifier chaque story indispensable à partir de votre seul texte.",
      },
    },
  },
  {
    id: 'builtin-plan-an-mvp',
    skills: ['Project planning', 'Reading documentation'],
    level: 4,
    minutes: 90,
    paths: WEB_FRONT,
    projects: ['Weather dashboard'],
    text: {
      en: {
        title: 'Plan the first version of a weather dashboard',
        instructions:
          'Decide on the smallest version of a weather dashboard worth showing: list its features, then cut everything a first demo does not need. Compare the documentation of two free weather APIs (limits, data offered, whether a key is needed) and pick one, writing down why. Split the work into three milestones of about a week, each with its tasks and its main risk. Done when the plan fits on one page and the first milestone could start tomorrow.',
      },
      fr: {
        title: "Planifier la première version d'un tableau de bord météo",
        instructions:
          "Définissez la plus petite version d'un tableau de bord météo qui vaille la peine d'être montrée : listez ses fonctionnalités, puis retirez tout ce dont une première démo n'a pas besoin. Comparez la documentation de deux API météo gratuites (limites, données proposées, clé nécessaire ou non) et choisissez-en une en écrivant pourquoi. Répartissez le travail en trois étapes d'environ une semaine, chacune avec ses tâches et son principal risque. C'est terminé quand le plan tient sur une page et que la première étape pourrait commencer dès demain.",
      },
    },
  },
  {
    id: 'builtin-read-error-messages',
    skills: ['Debugging'],
    level: 1,
    minutes: 30,
    paths: ALL,
    projects: [],
    text: {
      en: {
        title: 'Read error messages before searching online',
        instructions:
          'Write four small programs that each fail in a different way: a typo in a variable name, a call on something undefined or None, a missing closing bracket, and a wrong file path. For each error, copy the message and note its type, the file and line it points to, and what it means in your own words. Done when you can fix each one from the message alone, without searching the web.',
      },
      fr: {
        title: "Lire les messages d'erreur avant de chercher en ligne",
        instructions:
          "Écrivez quatre petits programmes qui échouent chacun d'une façon différente : une faute de frappe dans un nom de variable, un appel sur quelque chose qui vaut undefined ou None, une parenthèse fermante manquante et un mauvais chemin de fichier. Pour chaque erreur, copiez le message et notez son type, le fichier et la ligne qu'il indique, et ce qu'il signifie avec vos mots. C'est terminé quand vous savez corriger chaque erreur à partir du seul message, sans chercher sur le web.",
      },
    },
  },
  {
    id: 'builtin-debugger-breakpoints',
    skills: ['Debugging'],
    level: 2,
    minutes: 45,
    paths: ALL,
    projects: [],
    text: {
      en: {
        title: 'Find a bug with breakpoints instead of print statements',
        instructions:
          "Take a small program that gives a wrong result, one of yours or a loop you write with an off-by-one mistake, and open it in the browser DevTools or in your editor's debugger. Set a breakpoint, step through line by line, watch the variables, and use a conditional breakpoint to stop only on the faulty iteration. Done when you have found and fixed the bug without adding a single console.log or print, and can name the line where the values first went wrong.",
      },
      fr: {
        title: "Trouver un bug avec des points d'arrêt plutôt qu'avec des print",
        instructions:
          "Prenez un petit programme qui donne un mauvais résultat, l'un des vôtres ou une boucle que vous écrivez avec une erreur de décalage d'un, et ouvrez-le dans les DevTools du navigateur ou dans le débogueur de votre éditeur. Placez un point d'arrêt, avancez ligne par ligne, surveillez les variables et utilisez un point d'arrêt conditionnel pour ne vous arrêter que sur l'itération fautive. C'est terminé quand vous avez trouvé et corrigé le bug sans ajouter un seul console.log ou print, et que vous savez désigner la ligne où les valeurs ont commencé à être fausses.",
      },
    },
  },
  {
    id: 'builtin-minimal-reproduction',
    skills: ['Debugging', 'Reading documentation'],
    level: 3,
    minutes: 60,
    paths: ALL,
    projects: [],
    text: {
      en: {
        title: 'Reduce a bug to a minimal reproduction',
        instructions:
          'Take a bug you are stuck on and remove code piece by piece until you have the smallest program, ideally under 30 lines, that still shows it. Search the documentation and the issue tracker of the library involved for that exact behaviour. Then write a bug report with the steps, the expected and actual results and your versions, as if you were about to post it. Done when the report is complete enough for someone else to reproduce the bug in two minutes.',
      },
      fr: {
        title: 'Réduire un bug à une reproduction minimale',
        instructions:
          "Prenez un bug sur lequel vous bloquez et retirez du code morceau par morceau jusqu'à obtenir le plus petit programme possible, idéalement moins de 30 lignes, qui le montre encore. Cherchez ce comportement précis dans la documentation et dans les tickets de la bibliothèque concernée. Rédigez ensuite un rapport de bug avec les étapes, le résultat attendu, le résultat obtenu et vos versions, comme si vous alliez le publier. C'est terminé quand le rapport est assez complet pour qu'une autre personne reproduise le bug en deux minutes.",
      },
    },
  },
  {
    id: 'builtin-first-unit-tests',
    skills: ['Testing'],
    level: 2,
    minutes: 60,
    paths: DEV,
    projects: [],
    text: {
      en: {
        title: 'Write your first unit tests',
        instructions:
          'Install a test runner for your language (Vitest or Jest for JavaScript, pytest for Python) and pick three small functions you have already written. Write at least three tests per function: a normal case, an edge case such as empty, zero or negative, and an invalid input. Done when all the tests pass with a single command, and breaking one function on purpose makes its tests fail with a readable message.',
      },
      fr: {
        title: 'Écrire vos premiers tests unitaires',
        instructions:
          "Installez un outil de test pour votre langage (Vitest ou Jest pour JavaScript, pytest pour Python) et choisissez trois petites fonctions que vous avez déjà écrites. Écrivez au moins trois tests par fonction : un cas normal, un cas limite comme une valeur vide, nulle ou négative, et une entrée invalide. C'est terminé quand tous les tests passent avec une seule commande, et que casser volontairement une fonction fait échouer ses tests avec un message lisible.",
      },
    },
  },
  {
    id: 'builtin-test-first-kata',
    skills: ['Testing'],
    level: 3,
    minutes: 90,
    paths: DEV,
    projects: [],
    text: {
      en: {
        title: 'Build a small function test-first',
        instructions:
          'Pick a kata such as a password strength checker or a Roman numeral converter, and build it test-first: write one failing test, write just enough code to make it pass, tidy up, and start again. Commit after each passing step so that your history shows the cycle. Done when the function handles at least eight cases, every line of it was written to make a test pass, and you can say what working this way changed in your design.',
      },
      fr: {
        title: 'Développer une petite fonction en commençant par les tests',
        instructions:
          "Choisissez un kata comme un vérificateur de robustesse de mot de passe ou un convertisseur en chiffres romains, et développez-le en commençant par les tests : écrivez un test qui échoue, juste assez de code pour le faire passer, faites un peu de ménage, puis recommencez. Faites un commit à chaque fois que les tests passent, pour que l'historique montre le cycle. C'est terminé quand la fonction gère au moins huit cas, que chacune de ses lignes a été écrite pour faire passer un test et que vous savez dire ce que cette façon de travailler a changé à votre conception.",
      },
    },
  },
  {
    id: 'builtin-test-a-rest-api',
    skills: ['Testing'],
    level: 4,
    minutes: 120,
    paths: API,
    projects: ['REST API'],
    text: {
      en: {
        title: 'Test the endpoints of a REST API',
        instructions:
          'Write automated tests for a small REST API of yours, or build a minimal one with Express or Flask that manages a list of books: list, get one, create, update and delete. Cover the success cases, a 404 for an unknown id and a 400 for invalid data, checking both the status codes and the JSON bodies. Run the tests against a fresh test database or an in-memory store so that they pass in any order. Done when the whole suite runs with one command in under ten seconds.',
      },
      fr: {
        title: "Tester les routes d'une API REST",
        instructions:
          "Écrivez des tests automatisés pour une petite API REST de votre cru, ou créez-en une minimale avec Express ou Flask qui gère une liste de livres : lister, lire un élément, créer, modifier et supprimer. Couvrez les cas de succès, un 404 pour un identifiant inconnu et un 400 pour des données invalides, en vérifiant à la fois les codes de statut et les corps JSON. Lancez les tests sur une base de test neuve ou un stockage en mémoire pour qu'ils passent dans n'importe quel ordre. C'est terminé quand toute la suite s'exécute avec une seule commande en moins de dix secondes.",
      },
    },
  },
  {
    id: 'builtin-answer-from-official-docs',
    skills: ['Reading documentation'],
    level: 1,
    minutes: 30,
    paths: ALL,
    projects: [],
    text: {
      en: {
        title: 'Answer five questions from the official documentation',
        instructions:
          'Using only the official documentation, MDN for the web or docs.python.org for Python, answer five questions about things you used this week: for example what a method returns, which arguments are optional and whether it changes the original value. For each answer, note the link and the exact sentence or example that gave it. Done when all five are answered without tutorials or videos, and you have run one example from the documentation yourself.',
      },
      fr: {
        title: 'Répondre à cinq questions avec la documentation officielle',
        instructions:
          "En vous servant uniquement de la documentation officielle, MDN pour le web ou docs.python.org pour Python, répondez à cinq questions sur des choses utilisées cette semaine : par exemple ce que renvoie une méthode, quels arguments sont facultatifs et si elle modifie la valeur d'origine. Pour chaque réponse, notez le lien et la phrase ou l'exemple exact qui l'a donnée. C'est terminé quand les cinq questions ont leur réponse sans tutoriel ni vidéo, et que vous avez exécuté vous-même un exemple de la documentation.",
      },
    },
  },
];

/** The starter set as suggestions and search see it, in French when `language` is French, else in English. */
export function builtInExercises(language: string): SourcedExercise[] {
  const lang = cadenceLanguage(language);
  return BUILT_IN_EXERCISES.map((exercise) => ({
    id: exercise.id,
    source: 'built-in',
    title: exercise.text[lang].title,
    instructions: exercise.text[lang].instructions,
    skills: [...exercise.skills],
    level: exercise.level,
    minutes: exercise.minutes,
    paths: [...exercise.paths],
    projects: [...exercise.projects],
  }));
}
