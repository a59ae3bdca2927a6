import type { Language } from './types.js';

/** Word lists for demo data. All invented; emails use example.com/.org/.net (reserved for documentation). */

export const FIRST_NAMES: Record<Language, readonly string[]> = {
  en: ['Oliver', 'Amelia', 'Jack', 'Isla', 'Harry', 'Ava', 'George', 'Mia', 'Noah', 'Grace', 'Leo', 'Freya', 'Arthur', 'Lily', 'Oscar', 'Evie', 'Charlie', 'Sophie', 'Thomas', 'Chloe', 'James', 'Ruby', 'Samuel', 'Priya', 'Mohammed', 'Aisha', 'Daniel', 'Hannah', 'Ethan', 'Zara'],
  es: ['Lucía', 'Hugo', 'Martina', 'Mateo', 'Sofía', 'Pablo', 'Valeria', 'Álvaro', 'Carmen', 'Javier', 'Elena', 'Diego'],
  fr: ['Camille', 'Louis', 'Chloé', 'Gabriel', 'Léa', 'Jules', 'Manon', 'Hugo', 'Inès', 'Lucas', 'Élodie', 'Théo'],
  de: ['Lena', 'Felix', 'Hannah', 'Jonas', 'Mia', 'Lukas', 'Emma', 'Paul', 'Sophie', 'Maximilian', 'Jana', 'Tobias'],
};

export const LAST_NAMES: Record<Language, readonly string[]> = {
  en: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Khan', 'Clarke', "O'Brien", 'Murphy', 'Hughes', 'Edwards'],
  es: ['García', 'Martínez', 'López', 'Sánchez', 'Pérez', 'Gómez', 'Fernández', 'Ruiz', 'Díaz', 'Moreno'],
  fr: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau'],
  de: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann'],
};

export const EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net'] as const;

export const MERCHANT_PREFIXES = ['Northwind', 'Bluebell', 'Copperfield', 'Saltmarsh', 'Kestrel', 'Larkspur', 'Meridian', 'Oakridge', 'Pennant', 'Quayside', 'Rowan', 'Silverbirch', 'Thistle', 'Wayfarer', 'Juniper', 'Hollow Oak', 'Fenwick', 'Marlow', 'Ashby', 'Greystone'];

export const MERCHANT_CATEGORIES: Record<string, { suffixes: readonly string[]; items: readonly string[] }> = {
  outdoors: { suffixes: ['Outdoors', 'Trail Co.', 'Adventure'], items: ['Hiking boots', 'Waterproof jacket', 'Two-person tent', 'Trekking poles', 'Insulated flask', 'Daypack 25L'] },
  electronics: { suffixes: ['Electronics', 'Tech', 'Audio'], items: ['Wireless headphones', 'Smartwatch', 'Bluetooth speaker', '27-inch monitor', 'E-reader', 'Mechanical keyboard'] },
  fashion: { suffixes: ['Clothing', 'Boutique', 'Apparel'], items: ['Wool coat', 'Leather ankle boots', 'Linen shirt', 'Denim jacket', 'Cashmere scarf', 'Trainers'] },
  home: { suffixes: ['Home', 'Living', 'Interiors'], items: ['Table lamp', 'Bedding set', 'Cast-iron casserole', 'Armchair', 'Rug 160x230', 'Coffee machine'] },
  beauty: { suffixes: ['Beauty', 'Apothecary', 'Skincare'], items: ['Skincare set', 'Hair dryer', 'Fragrance 100ml', 'Make-up palette', 'Electric toothbrush'] },
  sports: { suffixes: ['Sports', 'Fitness', 'Athletics'], items: ['Road bike helmet', 'Yoga mat', 'Running shoes', 'Adjustable dumbbells', 'Tennis racket'] },
  furniture: { suffixes: ['Furniture', 'Workshop', 'Makers'], items: ['Corner sofa', 'Oak dining table', 'Bed frame', 'Wardrobe', 'Standing desk'] },
};
